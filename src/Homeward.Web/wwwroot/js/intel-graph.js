// The ring graph of /intel/rings/{id}: fetches the page's graph.json (cytoscape.js elements) and draws it.
// No inline script: the page names the address in data-graph on #ring-graph (CSP script-src 'self').
(function () {
  'use strict';
  var container = document.getElementById('ring-graph');
  if (!container || typeof cytoscape !== 'function') {
    return;
  }
  var colours = { post: '#2b6cb0', identifier: '#c05621', suspect: '#9b2c2c', operation: '#276749', child: '#6b46c1' };
  fetch(container.getAttribute('data-graph'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('graph: HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (elements) {
      var cy = cytoscape({
        container: container,
        elements: elements,
        layout: { name: 'cose', animate: false },
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'background-color': function (n) { return colours[n.data('kind')] || '#4a5568'; } } },
          { selector: 'node[kind = "post"]', style: { shape: 'round-rectangle' } },
          { selector: 'edge', style: { width: function (e) { return Math.min(6, e.data('weight')); }, 'line-color': '#a0aec0' } },
          { selector: ':selected', style: { 'border-width': 3, 'border-color': '#1a202c' } }
        ]
      });
      cy.on('tap', 'node[kind = "post"]', function (event) {
        window.location.href = '/intel/posts/' + encodeURIComponent(event.target.data('label'));
      });
    })
    .catch(function (error) {
      container.textContent = error.message;
    });
}());
