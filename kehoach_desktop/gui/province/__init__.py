"""Tỉnh: the province's page (who reported, one indicator across communes)."""
