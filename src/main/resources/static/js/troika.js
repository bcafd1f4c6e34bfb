// Small enhancements on top of server-rendered pages; every page works without them.
(function () {
    "use strict";

    // Home page: filter the States table as one types.
    function setUpTableFilter(input) {
        var table = document.getElementById(input.dataset.filterTable);
        var count = document.getElementById(input.id + "-count");
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        function apply() {
            var words = input.value.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/\s+/).filter(Boolean);
            var shown = 0;
            rows.forEach(function (row) {
                var text = row.dataset.searchKey || (row.dataset.searchKey =
                    (row.dataset.search || row.textContent).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
                var match = words.every(function (w) { return text.indexOf(w) >= 0; });
                row.hidden = !match;
                if (match) { shown++; }
            });
            if (count) { count.textContent = words.length ? shown + " of " + rows.length + " States" : ""; }
        }
        input.addEventListener("input", apply);
        apply();
    }

    // Country page: supported vs noted per review, each bar pair labelled recorded or official.
    function drawResponseChart(canvas) {
        if (typeof Chart === "undefined") { return; }
        var data = (window.troikaCharts || {})[canvas.id];
        if (!data) { return; }
        var style = getComputedStyle(document.documentElement);
        new Chart(canvas, {
            type: "bar",
            data: {
                labels: data.labels,
                datasets: [
                    { label: "Supported", data: data.supported, backgroundColor: style.getPropertyValue("--supported").trim() },
                    { label: "Noted", data: data.noted, backgroundColor: style.getPropertyValue("--noted").trim() }
                ]
            },
            options: {
                responsive: true, maintainAspectRatio: false, animation: false,
                scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: "Recommendations" } } },
                plugins: { legend: { position: "bottom" } }
            }
        });
    }

    // Recommendation filters: leave unset filters out of the address htmx requests and pushes (?state=KAZ, not ?state=KAZ&cycle=&by=).
    document.addEventListener("htmx:configRequest", function (event) {
        var params = event.detail.parameters;
        ["state", "cycle", "by", "response"].forEach(function (name) {
            if (params[name] === "") { delete params[name]; }
        });
    });

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("input[data-filter-table]").forEach(setUpTableFilter);
        document.querySelectorAll("canvas.response-chart").forEach(drawResponseChart);
    });
})();
