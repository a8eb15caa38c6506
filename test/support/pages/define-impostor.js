// Another script got to the name first: a class that is not this project's.
customElements.define('leadership-article', class extends HTMLElement {});
