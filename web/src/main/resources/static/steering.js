// Shows "being prepared" while a steering report is made: the download answer sets the cookie
// akm-download to the token this page sent, and then the message changes to "ready". Without
// JavaScript the download works the same, only without the message.
document.querySelectorAll('form[data-download]').forEach(function (form) {
  form.addEventListener('submit', function () {
    var token = String(Date.now()) + String(Math.floor(Math.random() * 1e6));
    form.querySelector('input[name="token"]').value = token;
    var preparing = form.querySelector('[data-preparing]');
    var ready = form.querySelector('[data-ready]');
    preparing.hidden = false;
    ready.hidden = true;
    var timer = setInterval(function () {
      if (document.cookie.split('; ').indexOf('akm-download=' + token) >= 0) {
        clearInterval(timer);
        preparing.hidden = true;
        ready.hidden = false;
      }
    }, 400);
  });
});
