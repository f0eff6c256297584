package nl.akkoordmonitor.reporting.internal.upload;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;

/**
 * The gate every uploaded workbook passes before anything reads it. It trusts the bytes, never the
 * file name or the declared content type:
 * <ol>
 *   <li>at most {@code akkoordmonitor.reporting.upload.max-bytes} (default 5 MB);</li>
 *   <li>a zip archive (POI's {@link FileMagic} says OOXML) that is an Office Open XML package whose main
 *       part is a plain spreadsheet (not a macro workbook, not a Word file);</li>
 *   <li>no zip bomb: POI's {@link ZipSecureFile} refuses entries that inflate more than
 *       {@code 1 / min-inflate-ratio} times or beyond {@code max-entry-bytes}.</li>
 * </ol>
 * Each refusal is its own 400 problem type, so a client can tell them apart.
 */
@Singleton
public class WorkbookUploadGuard {

    public static final String NOT_XLSX = "upload-not-xlsx";
    public static final String TOO_LARGE = "upload-too-large";
    public static final String ZIP_BOMB = "upload-zip-bomb";

    private final long maxBytes;

    public WorkbookUploadGuard(@Value("${akkoordmonitor.reporting.upload.max-bytes:5242880}") long maxBytes,
                               @Value("${akkoordmonitor.reporting.upload.min-inflate-ratio:0.01}") double minInflateRatio,
                               @Value("${akkoordmonitor.reporting.upload.max-entry-bytes:104857600}") long maxEntryBytes) {
        this.maxBytes = maxBytes;
        // POI keeps these limits in static fields: they hold for every workbook this process opens,
        // which is what we want on a server that only opens uploads.
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Refuses an upload larger than the limit before anything reads it. */
    public void checkSize(long size) {
        if (size > maxBytes) {
            throw new UploadRejectedException(TOO_LARGE,
                    Message.of("upload.tooLarge", megabytes(size), megabytes(maxBytes)));
        }
    }

    /** Opens the bytes as a spreadsheet, or refuses them with a 400 that says why. The caller closes it. */
    public XSSFWorkbook open(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UploadRejectedException(NOT_XLSX, Message.of("upload.empty"));
        }
        checkSize(bytes.length);
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw new UploadRejectedException(NOT_XLSX, Message.of("upload.oldXls"));
        }
        if (magic != FileMagic.OOXML) {
            throw new UploadRejectedException(NOT_XLSX, Message.of("upload.notXlsx"));
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            if (pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()) {
                throw new UploadRejectedException(NOT_XLSX, Message.of("upload.notSpreadsheet"));
            }
            return new XSSFWorkbook(pkg);
        } catch (UploadRejectedException e) {
            revert(pkg);
            throw e;
        } catch (Exception e) {
            revert(pkg);
            if (isZipBomb(e)) {
                throw new UploadRejectedException(ZIP_BOMB, Message.of("upload.zipBomb"));
            }
            throw new UploadRejectedException(NOT_XLSX, Message.of("upload.unreadable"));
        }
    }

    /** POI says "Zip bomb detected" for the ratio and names the limit for oversized entries. */
    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE")
                    || message.contains("MAX_FILE_COUNT") || message.contains("max. ratio"))) {
                return true;
            }
        }
        return false;
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%.1f", bytes / (1024.0 * 1024.0));
    }
}
