/*
 * Salary estimator: averages the published ranges that apply to the reader, then adds the published
 * pay effect of their credential. The arithmetic (estimate) is pure and tested in the JVM
 * (EstimatorScriptTest); the rest wires it to the form in /guide/estimate-your-pay/.
 */
var CoderPayEstimator = (function () {
  "use strict";

  // Money is written as org.coderpay.figures.FigureFormat writes it on every page ($55,000; a range with
  // an en dash and no spaces; "+" for an open end; a true minus sign); FigureFormatScriptTest holds the
  // two to the same cases.
  function money(n) {
    var whole = Math.round(n);
    var s = String(Math.abs(whole));
    var out = "";
    while (s.length > 3) {
      out = "," + s.slice(-3) + out;
      s = s.slice(0, -3);
    }
    return (whole < 0 ? "\u2212" : "") + "$" + s + out;
  }

  function moneyRange(low, high, open) {
    var plus = open ? "+" : "";
    if (high === null || high === undefined || Math.round(high) === Math.round(low)) {
      return money(low) + plus;
    }
    return money(low) + "\u2013" + money(high) + plus;
  }

  function roundTo(n, step) {
    return Math.floor(n / step + 0.5) * step;
  }

  function find(group, id) {
    if (!id) {
      return null;
    }
    for (var i = 0; i < group.choices.length; i++) {
      if (group.choices[i].id === id) {
        return group.choices[i];
      }
    }
    throw new Error("Unknown choice: " + id);
  }

  /**
   * @param data    the parsed estimator.json
   * @param choices {experience, credential, specialty, location, setting}: choice ids, or "" for none
   * @return {low, high, open, text, steps: [sentences explaining the arithmetic],
   *          averaged: {low, high} before the credential's pay effect}
   */
  function estimate(data, choices) {
    if (!choices.experience) {
      throw new Error("Choose your years of experience first.");
    }
    var used = [];
    var unpublished = [];
    var names = ["experience", "specialty", "location", "setting"];
    for (var i = 0; i < names.length; i++) {
      var group = data.groups[names[i]];
      var choice = find(group, choices[names[i]]);
      if (choice && typeof choice.low === "number") {
        used.push(choice);
      } else if (group.none) {
        unpublished.push(group.legend.toLowerCase() + " (\u201c" + (choice ? choice.label : group.none) + "\u201d)");
      }
    }
    var lows = 0, highs = 0, open = false, parts = [];
    for (var j = 0; j < used.length; j++) {
      lows += used[j].low;
      highs += typeof used[j].high === "number" ? used[j].high : used[j].low;
      open = open || used[j].open;
      parts.push(used[j].label + " " + used[j].text);
    }
    var low = roundTo(lows / used.length, data.roundTo);
    var high = roundTo(highs / used.length, data.roundTo);
    var averaged = { low: low, high: high };
    var steps = [];
    if (used.length === 1) {
      steps.push("We started from the published range for " + parts[0] + ".");
    } else {
      steps.push("We averaged the " + used.length + " published ranges that apply to you (" + parts.join("; ")
          + "), rounded to the nearest " + money(data.roundTo) + ": " + moneyRange(low, high, open) + ".");
    }
    if (unpublished.length) {
      steps.push("The guide publishes no range for your " + unpublished.join(" or your ")
          + ", so " + (unpublished.length === 1 ? "that choice does" : "those choices do") + " not change the estimate.");
    }
    var credential = find(data.groups.credential, choices.credential);
    if (credential && typeof credential.low === "number") {
      low += credential.low;
      high += typeof credential.high === "number" ? credential.high : credential.low;
      steps.push("Then we added the published pay effect of the " + credential.label + ", " + credential.text
          + " a year.");
    } else if (credential) {
      steps.push("The " + credential.label + " has no published pay figure, so it does not change the estimate.");
    } else {
      steps.push("Without a credential, no pay effect is added.");
    }
    return { low: low, high: high, open: open, text: moneyRange(low, high, open), steps: steps, averaged: averaged };
  }

  function wire(form, data) {
    var result = document.getElementById("estimate-result");
    var method = document.getElementById("estimate-method");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var choices = {};
      ["experience", "credential", "specialty", "location", "setting"].forEach(function (name) {
        choices[name] = form.elements[name].value;
      });
      try {
        var e = estimate(data, choices);
        result.textContent = "Estimated pay: " + e.text + " a year.";
        method.textContent = e.steps.join(" ");
      } catch (err) {
        result.textContent = err.message;
        method.textContent = "";
      }
    });
    form.querySelector("button[type=submit]").disabled = false;
  }

  if (typeof document !== "undefined") {
    document.addEventListener("DOMContentLoaded", function () {
      var form = document.getElementById("estimator");
      if (!form || !window.fetch) {
        return;
      }
      // Swap the no-script notice for the form at once (before first paint, so nothing shifts later);
      // the button waits for the data.
      var fallback = document.getElementById("estimator-needs-js");
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      form.hidden = false;
      if (fallback) {
        fallback.hidden = true;
      }
      fetch(form.getAttribute("data-source"))
        .then(function (response) { return response.json(); })
        .then(function (data) { wire(form, data); })
        .catch(function () {
          document.getElementById("estimate-result").textContent =
            "The calculator could not load its figures; the method below shows how to work it out.";
        });
    });
  }

  return { estimate: estimate, money: money, moneyRange: moneyRange };
}());
