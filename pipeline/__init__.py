"""zhpolicy: Chinese policy speeches and documents → a structured table of requirements.

>>> import pipeline
>>> result = pipeline.extract("corpora/samples/county_cadre_speech.txt")   # a file, or "-"
>>> result = pipeline.extract_text("一、要抓好落实。")                          # text itself
>>> result.directives, result.targets, result.requirements
>>> result.table()            # pandas DataFrame, one row per requirement
"""
from .errors import LoadError, ZhpolicyError
from .load import from_text, load
from .normalize import OffsetMap, Text, normalize
from .pipeline import Pipeline, Result, Stage, extract, extract_text, tables
from .records import (
    Block,
    Directive,
    Document,
    Flag,
    Paragraph,
    Quantity,
    Requirement,
    Sentence,
)
from .version import __version__

__all__ = [
    "Block",
    "Directive",
    "Document",
    "Flag",
    "LoadError",
    "OffsetMap",
    "Paragraph",
    "Pipeline",
    "Quantity",
    "Requirement",
    "Result",
    "Sentence",
    "Stage",
    "Text",
    "ZhpolicyError",
    "__version__",
    "extract",
    "extract_text",
    "from_text",
    "load",
    "normalize",
    "tables",
]
