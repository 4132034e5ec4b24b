"""Text analysis that lets the database search backends find Chinese words and English inflections.

Wagtail's database backend hands text to SQLite FTS5 (unicode61) or PostgreSQL tsvector. Neither splits
Chinese, which has no spaces: 防溺水安全教育 becomes one token, so 溺水 finds nothing. Like Lucene's CJK
analyzer we index overlapping character bigrams of every CJK run (防溺 溺水 水安 安全 全教 教育), and turn a
query into the bigrams it must all contain. English words are lowercased and stemmed with Snowball
(parents -> parent), so both engines see the same tokens and rank alike. With Elasticsearch/OpenSearch and a
Chinese analyzer, SEARCH_CJK_PREANALYSIS is switched off and the raw text is indexed instead.
"""

import re
import threading
from functools import lru_cache

import snowballstemmer
from django.conf import settings
from modelsearch import index

# CJK Unified Ideographs (with extension A and compatibility ideographs), kana and hangul.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_TOKEN_RE = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+", re.UNICODE)
_CJK_RUN_RE = re.compile(rf"^[{_CJK}]+$")


_local = threading.local()


def _stemmer():
    # The pure-Python Snowball stemmer keeps the word being stemmed on the instance: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("english")
    return stemmer


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    # Indexing the demo stems ~125,000 words drawn from a vocabulary of a few thousand.
    return _stemmer().stemWord(word.lower())


def _cjk_bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def tokens(text: str) -> list[str]:
    """Split text into search tokens: CJK bigrams and stemmed, lowercased words."""
    result: list[str] = []
    for match in _TOKEN_RE.finditer(text or ""):
        piece = match.group(0)
        if _CJK_RUN_RE.match(piece):
            result.extend(_cjk_bigrams(piece))
        else:
            result.append(_stem(piece))
    return result


def analyze_text(text: str) -> str:
    if not settings.SEARCH_CJK_PREANALYSIS:
        return text or ""
    return " ".join(tokens(text))


def analyze_query(query: str) -> str:
    """The query as the index sees it: every token must then occur (use operator="and")."""
    if not settings.SEARCH_CJK_PREANALYSIS:
        return query
    # Keep order, drop repeats: 安全安全 should not ask for the same bigram twice.
    return " ".join(dict.fromkeys(tokens(query)))


class AnalyzedSearchField(index.SearchField):
    """A SearchField whose value is passed through analyze_text before indexing."""

    def get_value(self, obj):
        value = super().get_value(obj)
        if value is None:
            return None
        if isinstance(value, (list, tuple)):
            # StreamField searchable content and tags arrive as lists.
            value = " ".join(str(item) for item in value)
        return analyze_text(str(value))
