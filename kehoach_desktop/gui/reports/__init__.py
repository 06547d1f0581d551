"""Báo cáo: the official report of a period previewed, written as .docx / .xlsx, printed; its settings."""
