"""zhpolicy: Chinese policy speeches and documents → a structured table of requirements.

>>> import pipeline
>>> result = pipeline.extract("corpora/samples/county_training_speech.txt")
>>> result.directives, result.targets, result.requirements
>>> result.table()            # pandas DataFrame, one row per requirement
"""
from . import _accel

_accel.install()  # before any compiled module is imported: see pipeline/_accel.py

from .errors import LoadError, ZhpolicyError  # noqa: E402
from .load import from_text, load  # noqa: E402
from .normalize import OffsetMap, Text, normalize  # noqa: E402
from .pipeline import Pipeline, Result, Stage, extract, extract_text, tables  # noqa: E402
from .records import Block, Directive, Document, Flag, Paragraph, Quantity, Requirement, Sentence  # noqa: E402
from .version import __version__  # noqa: E402

__all__ = [
    "load", "from_text", "normalize", "extract", "extract_text", "tables", "Pipeline", "Stage", "Result",
    "Document", "Block", "Paragraph", "Sentence", "Directive", "Flag", "Quantity", "Requirement",
    "Text", "OffsetMap", "ZhpolicyError", "LoadError", "__version__",
]
