"""Search index updates batched over a bulk job such as `load_demo`.

Every save of an indexed model re-indexes it (modelsearch's post_save handler). Building a page saves it
several times (create, revision, publish, translation), and each index update analyses the whole StreamField
text, so a bulk job spends most of its time indexing objects it is about to change again. Inside
`batched_index_updates()` saves only note what changed; each object is indexed once when the block ends.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler


def _auto_updated_models() -> list:
    return [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]


@contextmanager
def batched_index_updates():
    pending: dict[type, set] = defaultdict(set)

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            pending[sender].add(instance.pk)

    models = _auto_updated_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(note, sender=model, weak=False, dispatch_uid=f"cms_batched_index_{model._meta.label}")
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(sender=model, dispatch_uid=f"cms_batched_index_{model._meta.label}")
            post_save.connect(post_save_signal_handler, sender=model)
    # Deleted objects are gone from the queryset; post_delete still removed them from the index as it happened.
    for model, pks in pending.items():
        for instance in model.objects.filter(pk__in=pks):
            index.insert_or_update_object(instance)
