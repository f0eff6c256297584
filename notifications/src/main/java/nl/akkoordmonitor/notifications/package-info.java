/**
 * The notifications module: the calendar of dates per organisation and year with an iCalendar
 * feed per user, notifications in the product, reminders before deadlines, and e-mail through a
 * transactional outbox. It learns of changes from the other modules' events
 * ({@code EvaluationStatusChanged}, {@code DeviationRecorded}, {@code NationalFrameChanged}) and
 * reads their public APIs; no module depends on it. Everything is in {@code .internal}.
 */
package nl.akkoordmonitor.notifications;
