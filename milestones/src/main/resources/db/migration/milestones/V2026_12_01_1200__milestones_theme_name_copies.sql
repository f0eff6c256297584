-- Two copies of a core theme's name, kept for different reasons.
COMMENT ON COLUMN milestones.milestone.core_theme_name IS
    'Copy of the core theme''s current name (kept by the agreements module), to list and report milestones without a join '
    'across modules. Follows renames: the agreements module publishes NationalFrameChanged in the renaming transaction.';
COMMENT ON COLUMN milestones.evaluation_theme.core_theme_name IS
    'Snapshot on purpose: the theme as it was named when the evaluation was opened. An evaluation is a statement '
    'about one year, submitted and reviewed as written; a later rename does not change what was evaluated.';
COMMENT ON COLUMN milestones.evaluation_theme.core_theme_code IS
    'Snapshot on purpose, with core_theme_name: the theme as the evaluation was written about it.';
