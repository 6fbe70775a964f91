"""Case files: the case document (model.py), its vocabularies, intake interview, saving with history (case_files.py), merging, access."""
