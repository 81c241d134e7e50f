// Passphrases of the Council's ballot box in Tasklist.
//
// Camunda Forms have no password field, so the forms «Niêm phong hòm phiếu» and «Mở hòm phiếu» use text fields whose
// ids end in "Passphrase" or "PassphraseRepeat" (form-js gives an input the id fjs-form-<form>-<component id>). This
// script, loaded by Tasklist's config.js through `customScripts`, turns every such input into a masked password
// input as soon as a form renders it, and asks the browser neither to remember nor to suggest what is typed. The
// server never stores these values (see council/SecretBallotHistory and SecretBallotGuard).

const SECRET_INPUTS = 'input[id$="Passphrase"], input[id$="PassphraseRepeat"]';

function mask(root) {
  root.querySelectorAll(SECRET_INPUTS).forEach((input) => {
    if (input.type !== 'password') {
      input.type = 'password';
      input.autocomplete = 'new-password';
      input.spellcheck = false;
    }
  });
}

mask(document);
new MutationObserver(() => mask(document)).observe(document.documentElement, {childList: true, subtree: true});
