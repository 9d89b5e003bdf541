// The preview's live reload and error overlay. The preview adds this script to each page as it serves
// it; the published site never contains it. It listens to /__preview/events (server-sent events):
// "reload" reloads the page, "css" swaps the changed stylesheets in place, "problems" shows what the
// failed rebake reported (the same entries the terminal prints), "ok" removes that report.
// Everything is built from DOM text nodes: a report quotes the editor's own files.
(function () {
  'use strict';

  var me = document.currentScript;
  var version = me ? new URL(me.src).searchParams.get('version') || '' : '';
  var host = null;
  var opener = null;
  var dismissed = null;

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.appendChild(document.createTextNode(text));
    }
    return node;
  }

  function removeOverlay() {
    if (!host) {
      return;
    }
    host.remove();
    host = null;
    if (opener && document.contains(opener)) {
      opener.focus();
    }
    opener = null;
  }

  function dismiss(reportText) {
    dismissed = reportText;
    removeOverlay();
  }

  function entry(problem) {
    var item = element('li', 'problem');
    var where = element('p', 'where');
    where.appendChild(element('code', 'location', problem.location));
    where.appendChild(element('span', 'severity', 'error'));
    where.appendChild(document.createTextNode(problem.message));
    item.appendChild(where);
    if (problem.frame) {
      // The marked lines exactly as the terminal shows them; role=img would hide the text, so a label.
      var frame = element('pre', 'frame', problem.frame);
      frame.setAttribute('tabindex', '0');
      frame.setAttribute('aria-label', 'Source at ' + problem.location);
      item.appendChild(frame);
    }
    if (problem.hint) {
      var fix = element('p', 'fix');
      fix.appendChild(element('strong', '', 'Fix:'));
      fix.appendChild(document.createTextNode(' ' + problem.hint));
      item.appendChild(fix);
    }
    return item;
  }

  function showOverlay(report, reportText) {
    if (reportText === dismissed) {
      return;
    }
    var hadFocus = host !== null;
    removeOverlay();
    host = element('div');
    host.setAttribute('data-preview-overlay', '');
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    // The overlay's look comes from its own stylesheet inside the shadow root: the site's styles do
    // not reach it, and it does not change the page's.
    var style = element('link');
    style.rel = 'stylesheet';
    style.href = '/__preview/overlay.css';
    root.appendChild(style);

    var dialog = element('div', 'dialog');
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'preview-problems-heading');
    dialog.setAttribute('aria-describedby', 'preview-problems-summary');
    dialog.setAttribute('tabindex', '-1');

    var heading = element('h2', '', report.heading);
    heading.id = 'preview-problems-heading';
    dialog.appendChild(heading);
    var summary = element('p', 'summary',
        report.summary + ' This page is the last good bake. Save a fix and this report goes away by itself.');
    summary.id = 'preview-problems-summary';
    dialog.appendChild(summary);
    var list = element('ol', 'problems');
    report.problems.forEach(function (problem) {
      list.appendChild(entry(problem));
    });
    dialog.appendChild(list);
    var close = element('button', 'close', 'Dismiss');
    close.type = 'button';
    close.setAttribute('aria-keyshortcuts', 'Escape');
    close.addEventListener('click', function () {
      dismiss(reportText);
    });
    dialog.appendChild(close);
    dialog.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        dismiss(reportText);
      } else if (event.key === 'Tab') {
        // Keep the keyboard inside the report while it is open (it is modal).
        var stops = Array.prototype.slice.call(dialog.querySelectorAll('pre, button'));
        var first = stops[0];
        var last = stops[stops.length - 1];
        var active = root.activeElement;
        if (event.shiftKey && (active === first || active === dialog)) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && active === last) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    root.appendChild(dialog);
    document.body.appendChild(host);
    if (!hadFocus) {
      opener = document.activeElement;
    }
    dialog.focus();
  }

  function swapStylesheets(paths) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      // endsWith: a site served from a folder (site.basePath) links /folder/css/site.css.
      var changed = paths.some(function (path) {
        return url.pathname.endsWith(path);
      });
      if (url.origin !== location.origin || !changed) {
        return;
      }
      // The new sheet loads next to the old one, which goes only once the new one applies: no flash.
      var fresh = link.cloneNode();
      url.searchParams.set('preview', String(Date.now()));
      fresh.href = url.pathname + url.search;
      fresh.addEventListener('load', function () {
        link.remove();
      });
      fresh.addEventListener('error', function () {
        location.reload();
      });
      link.after(fresh);
    });
  }

  var events = new EventSource('/__preview/events?version=' + encodeURIComponent(version));
  events.addEventListener('reload', function () {
    location.reload();
  });
  events.addEventListener('css', function (event) {
    dismissed = null;
    removeOverlay();
    swapStylesheets(JSON.parse(event.data).stylesheets);
  });
  events.addEventListener('problems', function (event) {
    showOverlay(JSON.parse(event.data), event.data);
  });
  events.addEventListener('ok', function () {
    dismissed = null;
    removeOverlay();
  });
}());
