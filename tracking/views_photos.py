"""Evidence photos of a session in the admin: the photos page (thumbnails and an upload form that opens the phone's
camera), the photo files themselves, and deleting one. Registered by the register_admin_urls hook.

A photo has no public address: every file is streamed from the private storage by these views, after the photo is
looked up among the ones the person asking may see (`access.photos_visible_to`), so another id in the URL is a
404, not somebody else's photo."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin

from tracking import access, admin_responses, photos, selectors, services
from tracking.models import EvidencePhoto, Session


class MultiplePhotoInput(forms.FileInput):
    allow_multiple_selected = True


class MultiplePhotoField(forms.FileField):
    """Several files from one input; each is checked on its own when it is stored."""

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            if not data:
                return [single(None, initial)]
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class PhotoUploadForm(forms.Form):
    photos = MultiplePhotoField(
        label=_("Add photos"),
        # image/* lets a phone offer its camera as well as its gallery.
        widget=MultiplePhotoInput(attrs={"accept": photos.ACCEPT_ATTRIBUTE, "multiple": True}),
    )


def _session_url(session: Session, user) -> str | None:
    for name in ("inspect", "edit"):
        if name == "edit" and not access.can_change(user, session):
            continue
        try:
            return reverse(f"wagtailsnippets_tracking_session:{name}", args=[session.pk])
        except NoReverseMatch:
            continue
    return None


class SessionPhotoMixin(WagtailAdminTemplateMixin, BaseObjectMixin):
    model = Session
    header_icon = "image"

    def get_base_object_queryset(self):
        return access.sessions_visible_to(self.request.user)

    def get_breadcrumbs_items(self):
        items = [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailsnippets_tracking_session:list"), "label": Session._meta.verbose_name_plural},
            {"url": _session_url(self.session, self.request.user) or "", "label": str(self.session)},
        ]
        return items

    def get_page_subtitle(self):
        return str(self.session)

    def forbidden(self, message: str) -> TemplateResponse:
        return admin_responses.forbidden(
            self.request,
            message,
            back_url=reverse("tracking_session_photos", args=[self.session.pk]),
            back_label=_("Back to the photos"),
        )


class SessionPhotosView(SessionPhotoMixin, FormView):
    """The session's photos as thumbnails, each opening the full photo, with an upload form for those who may add
    photos. Upload and delete without the right are refused with 403; a session one may not see is a 404."""

    template_name = "tracking/admin/session_photos.html"
    form_class = PhotoUploadForm
    page_title = _("Photos")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.session = self.object

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        can_add = access.can_add_photos(user, self.session)
        session_photos = list(selectors.photos_of(session=self.session))
        if not can_add:
            context.pop("form", None)
        context.update(
            session=self.session,
            photos=session_photos,
            can_add=can_add,
            can_delete=can_add and bool(session_photos),
            room_left=max(photos.max_per_session() - len(session_photos), 0),
            max_per_session=photos.max_per_session(),
            max_bytes=photos.max_bytes(),
            session_url=_session_url(self.session, user),
        )
        return context

    def post(self, request, *args, **kwargs):
        if not access.can_add_photos(request.user, self.session):
            return self.forbidden(_("You cannot add photos to this session."))
        form = self.get_form()
        if not form.is_valid():
            return self.form_invalid(form)
        added = 0
        for upload in form.cleaned_data["photos"]:
            try:
                services.photo_add(session=self.session, user=request.user, upload=upload)
                added += 1
            except ValidationError as error:
                for message in error.messages:
                    form.add_error("photos", message)
        if added:
            messages.success(
                request, ngettext("%(count)d photo added.", "%(count)d photos added.", added) % {"count": added}
            )
        if form.errors:
            return self.form_invalid(form)
        return redirect("tracking_session_photos", self.session.pk)


class PhotoDeleteView(SessionPhotoMixin, TemplateView):
    """Asks first (GET), deletes on POST."""

    model = EvidencePhoto
    template_name = "tracking/admin/photo_delete.html"
    page_title = _("Delete photo")
    header_icon = "bin"

    def get_base_object_queryset(self):
        return access.photos_visible_to(self.request.user).select_related("session")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.session = self.object.session

    def dispatch(self, request, *args, **kwargs):
        if not access.can_delete_photo(request.user, self.object):
            return self.forbidden(_("You cannot delete this photo."))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            photo=self.object,
            session=self.object.session,
            photos_url=reverse("tracking_session_photos", args=[self.object.session_id]),
        )
        return context

    def post(self, request, *args, **kwargs):
        session_id = self.object.session_id
        services.photo_delete(photo=self.object, user=request.user)
        messages.success(request, _("Photo deleted."))
        return redirect("tracking_session_photos", session_id)


def _serve(request, pk: int, *, thumbnail: bool) -> FileResponse:
    photo = get_object_or_404(access.photos_visible_to(request.user), pk=pk)
    stored = photo.thumbnail if thumbnail else photo.file
    if not stored:
        raise Http404
    try:
        handle = stored.storage.open(stored.name, "rb")
    except FileNotFoundError:
        raise Http404
    extension = "jpg" if thumbnail else photo.extension
    response = FileResponse(
        handle,
        content_type="image/jpeg" if thumbnail else photo.content_type,
        filename=f"session-{photo.session_id}-photo-{photo.pk}{'-thumbnail' if thumbnail else ''}.{extension}",
    )
    # Kept out of shared caches and the browser's disk cache; shown, never sniffed as anything but an image.
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


def photo_file(request, pk: int):
    return _serve(request, pk, thumbnail=False)


def photo_thumbnail(request, pk: int):
    return _serve(request, pk, thumbnail=True)
