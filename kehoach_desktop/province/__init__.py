"""Province mode: the province's communes, who has reported (the completeness matrix), and one
indicator compared across communes with its province total. Qt-free; ``services/province.py``
runs these in their transactions for the GUI and the CLI."""
