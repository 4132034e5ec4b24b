"""WAGTAIL_FINISH_WORKFLOW_ACTION: Wagtail imports this while it builds its own models, so the real work (in
drills.services) is imported only when a workflow finishes."""


def publish_approved(workflow_state, user=None):
    from drills.services import workflow_state_publish

    workflow_state_publish(workflow_state=workflow_state, user=user)
