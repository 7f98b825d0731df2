"""Who may do what through the API: anyone reads, editors write."""

from __future__ import annotations

from rest_framework.permissions import SAFE_METHODS, BasePermission

# The model permission each write action needs ("add", "change" or "delete").
WRITE_ACTION_PERMISSIONS = {
    "create": "add",
    "update": "change",
    "partial_update": "change",
    "destroy": "delete",
    "approve": "change",
    "reject": "change",
}


class ReadOnlyOrModelPermission(BasePermission):
    """Reads are public. Writes need a signed-in user holding the model permission of the
    action (the Editors group has them), as in the admin: anonymous clients get 401, others
    without the permission 403."""

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return True
        if getattr(view, "action", None) is None:
            return True  # no handler for this method: the view answers 405
        user = request.user
        if not (user and user.is_authenticated):
            return False
        action = WRITE_ACTION_PERMISSIONS.get(view.action)
        if action is None:
            return False  # a write action nobody has decided a permission for
        model = view.get_queryset().model
        return user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}")


def can_review(user) -> bool:
    """Editors see statements in every review state, not only the published ones."""
    return bool(user and user.is_authenticated and user.has_perm("articles.view_statement"))
