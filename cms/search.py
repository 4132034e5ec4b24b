"""Text analysis that lets the database search backends find Chinese words and English inflections.

Wagtail's database backend hands text to SQLite FTS5 (unicode61) or PostgreSQL tsvector. Neither splits
Chinese, which has no spaces: 防溺水安全教育 becomes one token, so 溺水 finds nothing. Like Lucene's CJK
analyzer we index overlapping character bigrams of every CJK run (防溺 溺水 水安 安全 全教 教育), and turn a
query into the bigrams it must all contain. English words are lowercased and stemmed with Snowball
(parents -> parent), so both engines see the same tokens and rank alike.

cms.search_backend applies this analysis to everything indexed and to every query, so the site search, the
admin search and the choosers all match alike. With Elasticsearch/OpenSearch and a Chinese analyzer the
engine analyses the raw text itself, and none of this runs.
"""

import re
import threading
from functools import lru_cache

import snowballstemmer
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText, SearchQuery

# CJK Unified Ideographs (with extension A and compatibility ideographs), kana and hangul.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
# Group 1 is a run of CJK characters; otherwise the match is a word of letters and digits.
_TOKEN_RE = re.compile(rf"([{_CJK}]+)|[^\W_{_CJK}]+", re.UNICODE)

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


def words(text: str) -> list[list[str]]:
    """The tokens of text, one list per word: a CJK run gives its bigrams, any other word its stem."""
    return [
        _cjk_bigrams(match.group(1)) if match.group(1) else [_stem(match.group(0))]
        for match in _TOKEN_RE.finditer(text or "")
    ]


def tokens(text: str) -> list[str]:
    """Split text into search tokens: CJK bigrams and stemmed, lowercased words."""
    result: list[str] = []
    for match in _TOKEN_RE.finditer(text or ""):
        if match.group(1):
            result.extend(_cjk_bigrams(match.group(1)))
        else:
            result.append(_stem(match.group(0)))
    return result


def analyze_text(text: str) -> str:
    return " ".join(tokens(text))


def analyze_query(query: str) -> str:
    """The query as the index sees it: every token must then occur (use operator="and")."""
    # Keep order, drop repeats: 安全安全 should not ask for the same bigram twice.
    return " ".join(dict.fromkeys(tokens(query)))


def _analyze_plain_text(query: PlainText) -> SearchQuery | None:
    if query.operator == "and":
        analyzed = analyze_query(query.query_string)
        return PlainText(analyzed, operator="and", boost=query.boost) if analyzed else None
    word_tokens = [list(dict.fromkeys(word)) for word in words(query.query_string)]
    if not word_tokens:
        return None
    if all(len(word) == 1 for word in word_tokens):
        return PlainText(" ".join(dict.fromkeys(word[0] for word in word_tokens)), operator="or", boost=query.boost)
    # Any word may match, but all the bigrams of one Chinese word must: 火灾 疏散 is (火灾) or (疏散), while
    # 火灾疏散 is (火灾 and 灾疏 and 疏散).
    return Or([PlainText(" ".join(word), operator="and", boost=query.boost) for word in word_tokens])


def analyze_search_query(query: str | SearchQuery, *, operator: str = "and") -> SearchQuery | None:
    """A query (a string or a modelsearch query object) in the tokens of the analysed index.

    Returns None when nothing in it can match a token, e.g. a query of punctuation only. A part that becomes
    empty inside And/Or is dropped, so `火灾 "！"` searches for 火灾.
    """
    if isinstance(query, str):
        query = PlainText(query, operator=operator)
    if isinstance(query, PlainText):
        return _analyze_plain_text(query)
    if isinstance(query, Phrase):
        # A phrase keeps its repeats: its tokens must follow one another as in the analysed text.
        phrase = analyze_text(query.query_string)
        return Phrase(phrase) if phrase else None
    if isinstance(query, Fuzzy):
        analyzed = analyze_query(query.query_string)
        return Fuzzy(analyzed, operator=query.operator, unaccent=query.unaccent) if analyzed else None
    if isinstance(query, (And, Or)):
        parts = [part for part in map(analyze_search_query, query.subqueries) if part is not None]
        if len(parts) <= 1:
            return parts[0] if parts else None
        return type(query)(parts)
    if isinstance(query, Not):
        inner = analyze_search_query(query.subquery)
        return None if inner is None else Not(inner)
    if isinstance(query, Boost):
        inner = analyze_search_query(query.subquery)
        return None if inner is None else Boost(inner, query.boost)
    # MatchAll holds no text.
    return query
