"""sitegen: a static reading-site generator.

The pipeline, one module per step:
sources -> read/ (and clean/ for scraped text) -> model -> listing/render -> write.
"""

__version__ = "0.1.0"
