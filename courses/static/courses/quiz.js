// The quiz form of a cached lesson page carries no token (the page is the same for every visitor). When the form
// is first used, fetch a one-time quiz token and the CSRF token, and send the answers by POST with them. If the
// fetch fails, the form stays as it came, a GET that the server answers with the answers kept in a form that has
// its token: nothing the student chose is lost.
(function () {
  "use strict";

  function hidden(form, name) {
    var input = form.querySelector('input[name="' + name + '"]');
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      form.insertBefore(input, form.firstChild);
    }
    return input;
  }

  function setUp(form) {
    var url = form.getAttribute("data-quiz-token-url");
    var token = hidden(form, "token");
    var csrf = hidden(form, "csrfmiddlewaretoken");
    var pending = null;

    function ready() {
      return Boolean(token.value && csrf.value);
    }

    function fetchToken() {
      if (!pending) {
        pending = fetch(url, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
          .then(function (response) {
            if (!response.ok) {
              throw new Error("quiz token: HTTP " + response.status);
            }
            return response.json();
          })
          .then(function (data) {
            // A token already in the form (put there before this answer came) is kept.
            if (!token.value) {
              token.value = data.token;
            }
            csrf.value = data.csrf;
            form.method = "post";
          })
          .catch(function () {
            pending = null;
          });
      }
      return pending;
    }

    form.addEventListener("focusin", fetchToken);
    form.addEventListener("change", fetchToken);
    form.addEventListener("submit", function (event) {
      if (ready()) {
        form.method = "post";
        return;
      }
      event.preventDefault();
      var send = function () {
        if (ready()) {
          form.method = "post";
        } else {
          // No token: the GET fallback keeps the answers. The hidden fields are left out of it.
          token.disabled = true;
          csrf.disabled = true;
          form.method = "get";
        }
        form.submit();
      };
      fetchToken().then(send, send);
    });
  }

  document.querySelectorAll("form[data-quiz-token-url]").forEach(setUp);
})();
