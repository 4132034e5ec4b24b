"""Wagtail's database search backend, with the text analysis of cms.search on both sides of the index.

Every value of every SearchField and AutocompleteField, of every indexed model (pages, images, documents),
is analysed before the database sees it, and so is every query, whether it comes from the site search, the
admin page search and explorer, a chooser or a listing; searching and autocompleting therefore find the same
Chinese words and English inflections everywhere, on SQLite and PostgreSQL alike. Models declare plain
index.SearchField / index.AutocompleteField: analysing them again would change them (Snowball stems are not
always stable under a second stemming).

Settings select this module (`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "cms.search_backend"`) when
SEARCH_CJK_PREANALYSIS is on. After a change to the analysis, rebuild the index with `manage.py update_index`.

Limitation: on PostgreSQL, `search(..., fields=[...])` reads the model's columns rather than the index, so it
sees raw text; nothing in SafeCampus or in the Wagtail admin's page views narrows searches that way.
"""

import copy
from functools import cache

from modelsearch.backends.base import EmptySearchResults
from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.index import AutocompleteField, RelatedFields, SearchField

from cms.search import analyze_search_query, analyze_text


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        # StreamField searchable content and tag names arrive as lists.
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return str(value)


def _analyzed_value(value):
    return None if value is None else analyze_text(_text(value))


class AnalyzedSearchField(SearchField):
    """Indexes what `field` indexes, analysed."""

    def __init__(self, field: SearchField):
        super().__init__(field.field_name, boost=field.boost, **field.kwargs)
        self.field = field

    def get_value(self, obj):
        return _analyzed_value(self.field.get_value(obj))


class AnalyzedAutocompleteField(AutocompleteField):
    """Offers for autocompletion what `field` offers, analysed: a word's bigrams or its stem."""

    def __init__(self, field: AutocompleteField):
        super().__init__(field.field_name, **field.kwargs)
        self.field = field

    def get_value(self, obj):
        return _analyzed_value(self.field.get_value(obj))


def analyzed_fields(fields: list) -> list:
    result = []
    for field in fields:
        if isinstance(field, SearchField):
            field = AnalyzedSearchField(field)
        elif isinstance(field, AutocompleteField):
            field = AnalyzedAutocompleteField(field)
        elif isinstance(field, RelatedFields):
            field = RelatedFields(field.field_name, analyzed_fields(field.fields))
        result.append(field)
    return result


@cache
def _analyzed_search_fields(model) -> list:
    return analyzed_fields(model.get_search_fields())


def _analyzed_instance(obj):
    clone = copy.copy(obj)
    fields = _analyzed_search_fields(type(obj))
    # The database backends' indexers ask each instance for its search fields, and an instance attribute
    # comes before the classmethod; the model itself stays as it is for filtering and ordering.
    clone.get_search_fields = lambda: fields
    return clone


class AnalyzedIndexMixin:
    def add_items(self, model, objs):
        super().add_items(model, [_analyzed_instance(obj) for obj in objs])


class AnalyzedQueryMixin:
    def _run_analyzed(self, run, query, model_or_queryset, fields, operator, order_by_relevance):
        operator_name = (operator or self.query_compiler_class.DEFAULT_OPERATOR).lower()
        analyzed = analyze_search_query(query, operator=operator_name)
        if analyzed is None:
            return EmptySearchResults()
        return run(analyzed, model_or_queryset, fields=fields, operator=operator, order_by_relevance=order_by_relevance)

    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        return self._run_analyzed(super().search, query, model_or_queryset, fields, operator, order_by_relevance)

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        return self._run_analyzed(super().autocomplete, query, model_or_queryset, fields, operator, order_by_relevance)


@cache
def _analyzing(backend_class: type) -> type:
    index_class = type(
        f"Analyzed{backend_class.index_class.__name__}", (AnalyzedIndexMixin, backend_class.index_class), {}
    )
    return type(f"Analyzed{backend_class.__name__}", (AnalyzedQueryMixin, backend_class), {"index_class": index_class})


def SearchBackend(params):
    """The database backend Wagtail picks for the connection (SQLite FTS5, PostgreSQL, …), analysing."""
    return _analyzing(type(database_search_backend(params)))(params)
