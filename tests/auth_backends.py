from axes.backends import AxesStandaloneBackend


class AxesBackendForTestClient(AxesStandaloneBackend):
    """django-axes' lockout check, except for Django's test client, whose login() authenticates without a request.

    Every real sign-in door passes its request and is checked exactly as in production; with no request there is
    no address to throttle, so the check steps aside instead of raising, and the password check still runs.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
