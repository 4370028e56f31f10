// Refuses a file larger than its form takes before the browser sends it, so that nothing typed
// is lost and nobody waits for an upload that will be refused. Each file field says its limit in
// data-max-bytes and the message, in the page's language, in data-too-large. Without JavaScript
// the server refuses the file the same way, only after it has been sent.
(function () {
  var fields = document.querySelectorAll('input[type="file"][data-max-bytes]');

  var tooLarge = function (input) {
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    if (!input.files || !max) { return false; }
    for (var i = 0; i < input.files.length; i++) {
      if (input.files[i].size > max) { return true; }
    }
    return false;
  };

  var show = function (input, refused) {
    var id = input.id + '-size-error';
    var message = document.getElementById(id);
    var field = input.closest('.field');
    if (!refused) {
      if (message) {
        message.remove();
        input.removeAttribute('aria-invalid');
        var before = input.getAttribute('data-described-by');
        if (before) { input.setAttribute('aria-describedby', before); } else { input.removeAttribute('aria-describedby'); }
        input.removeAttribute('data-described-by');
        if (field && !field.querySelector('.field-error')) { field.classList.remove('has-error'); }
      }
      return;
    }
    if (!message) {
      message = document.createElement('p');
      message.id = id;
      message.className = 'field-error';
      message.setAttribute('role', 'alert');
      input.parentNode.insertBefore(message, input);
      input.setAttribute('data-described-by', input.getAttribute('aria-describedby') || '');
    }
    message.textContent = input.getAttribute('data-too-large');
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    if (field) { field.classList.add('has-error'); }
  };

  fields.forEach(function (input) {
    input.addEventListener('change', function () { show(input, tooLarge(input)); });
    if (input.form) {
      input.form.addEventListener('submit', function (event) {
        if (tooLarge(input)) {
          event.preventDefault();
          show(input, true);
          input.focus();
        }
      });
    }
  });
})();
