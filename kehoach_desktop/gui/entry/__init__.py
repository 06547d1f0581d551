"""The "Nhập số liệu" page: the monthly entry grid, its history panel and the approval bar."""
