// Draws the charts of the cxmetrics HTML report from the JSON report embedded in the page.
// Each chart names a table, its rows (indexes) and columns; one function per kind of chart
// turns them into Apache ECharts options. Sets document.documentElement.dataset.charts to
// "ready" (or "failed") when done, for tests.
(function () {
  "use strict";
  var report = JSON.parse(document.getElementById("cxmetrics-report").textContent);
  var specs = JSON.parse(document.getElementById("cxmetrics-charts").textContent);
  var tables = {};
  report.sections.forEach(function (s) {
    s.tables.forEach(function (t) { tables[t.id] = t; });
  });
  var level = report.parameters.confidence
    ? (100 * Number(report.parameters.confidence)).toFixed(0) + "% CI" : "CI";
  var palette = ["#0b5cad", "#d1495b", "#edae49", "#66a182", "#8e6c8a", "#2e4057", "#00798c"];
  var font = getComputedStyle(document.documentElement).fontFamily;
  var HEAT_CAP = 200;

  function columnTitle(table, id) {
    for (var i = 0; i < table.columns.length; i++) {
      if (table.columns[i].id === id) { return table.columns[i].title; }
    }
    return id;
  }

  function fmt(v, d) {
    return v === null || v === undefined ? "-" : Number(v).toFixed(d);
  }

  // What every chart shares: no animation (prints and screenshots as drawn), the page's font,
  // the axes' names with their units, a legend, tooltips.
  function base(spec, table) {
    return {
      animation: false,
      color: palette,
      textStyle: { fontFamily: font },
      grid: { left: 16, right: 24, top: 48, bottom: 28, containLabel: true },
      legend: { top: 0, type: "scroll" },
      tooltip: { confine: true },
      xName: columnTitle(table, spec.x)
    };
  }

  function category(spec, row) {
    var label = String(row[spec.x]);
    return spec.n ? label + "\nn=" + row[spec.n] : label;
  }

  function isSmall(spec, index) { return spec.small.indexOf(index) >= 0; }

  function valueAxis(spec, extra) {
    var axis = { type: spec.log ? "log" : "value", scale: true,
      name: spec.unit + (spec.log ? " (log scale)" : ""), nameLocation: "end", nameGap: 12,
      nameTextStyle: { align: "left", color: "#59636e" },
      splitLine: { lineStyle: { color: "#e6e9ec" } } };
    return Object.assign(axis, extra || {});
  }

  function tooltipLines(spec, table, row, index) {
    var lines = [String(row[spec.x])];
    spec.series.forEach(function (s) {
      lines.push(s.name + ": " + fmt(row[s.column], spec.decimals) + " " + spec.unit);
    });
    if (spec.interval && row[spec.interval]) {
      lines.push(level + ": [" + fmt(row[spec.interval].lower, spec.decimals) + ", "
        + fmt(row[spec.interval].upper, spec.decimals) + "]");
    }
    if (spec.n) { lines.push(columnTitle(table, spec.n) + ": " + row[spec.n]); }
    if (isSmall(spec, index)) { lines.push("small sample"); }
    return lines.join("<br>");
  }

  // A band between the lower and upper ends of an interval: one polygon per pair of
  // neighbouring points that both have an interval (works across zero, unlike stacking).
  function band(spec, rows, color) {
    var data = [];
    for (var i = 0; i + 1 < rows.length; i++) {
      var a = rows[i][spec.interval], b = rows[i + 1][spec.interval];
      if (a && b) { data.push([i, a.lower, a.upper, b.lower, b.upper]); }
    }
    return {
      name: level, type: "custom", silent: true, z: 1, data: data, color: color,
      encode: { x: 0, y: [1, 2, 3, 4] },
      renderItem: function (params, api) {
        var i = api.value(0);
        var points = [api.coord([i, api.value(1)]), api.coord([i + 1, api.value(3)]),
          api.coord([i + 1, api.value(4)]), api.coord([i, api.value(2)])];
        return { type: "polygon", shape: { points: points },
          style: { fill: color, opacity: 0.18, stroke: "none" } };
      }
    };
  }

  // Whiskers: a vertical line from the lower to the upper end of each point's interval.
  function whiskers(spec, rows, color) {
    var data = [];
    rows.forEach(function (r, i) {
      var ci = r[spec.interval];
      if (ci) { data.push([i, ci.lower, ci.upper]); }
    });
    return {
      name: level, type: "custom", z: 2, data: data, color: color,
      encode: { x: 0, y: [1, 2] }, tooltip: { show: false },
      renderItem: function (params, api) {
        var low = api.coord([api.value(0), api.value(1)]);
        var high = api.coord([api.value(0), api.value(2)]);
        var cap = Math.min(8, api.size([1, 0])[0] * 0.15);
        var style = { stroke: color, lineWidth: 1.5 };
        return { type: "group", children: [
          { type: "line", shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
          { type: "line", shape: { x1: low[0] - cap, y1: low[1], x2: low[0] + cap, y2: low[1] }, style: style },
          { type: "line", shape: { x1: high[0] - cap, y1: high[1], x2: high[0] + cap, y2: high[1] }, style: style }
        ] };
      }
    };
  }

  function points(spec, rows, column) {
    return rows.map(function (r, i) {
      var small = isSmall(spec, spec.rows[i]);
      return { value: r[column], symbol: small ? "emptyCircle" : "circle",
        symbolSize: small ? 9 : 7 };
    });
  }

  var kinds = {
    trend: function (spec, table, rows, o) {
      o.xAxis = { type: "category", data: rows.map(function (r) { return r[spec.x]; }),
        name: o.xName, nameLocation: "middle", nameGap: 28, boundaryGap: false,
        axisLine: { onZero: false } };
      o.yAxis = valueAxis(spec);
      o.series = [];
      if (spec.interval) { o.series.push(band(spec, rows, palette[0])); }
      spec.series.forEach(function (s) {
        o.series.push({ name: s.name, type: "line", z: 3, symbol: "circle",
          data: points(spec, rows, s.column), connectNulls: false });
      });
      o.tooltip.trigger = "axis";
      o.tooltip.formatter = function (items) {
        var i = items[0].dataIndex;
        return tooltipLines(spec, table, rows[i], spec.rows[i]);
      };
      o.grid.bottom = 40;
      o.dataZoom = rows.length > 40 ? [{ type: "inside" }] : undefined;
    },
    whiskers: function (spec, table, rows, o) {
      o.xAxis = { type: "category", data: rows.map(function (r) { return category(spec, r); }),
        name: o.xName, nameLocation: "middle", nameGap: 44, axisLine: { onZero: false },
        axisLabel: { interval: 0, margin: 10, lineHeight: 14 } };
      o.yAxis = valueAxis(spec);
      var s = spec.series[0];
      var scatter = { name: s.name, type: "scatter", z: 3, symbol: "circle",
        data: points(spec, rows, s.column) };
      if (spec.zero) {
        scatter.markLine = { silent: true, symbol: "none", label: { show: false },
          lineStyle: { color: "#59636e", type: "dashed" }, data: [{ yAxis: 0 }] };
      }
      o.series = [scatter];
      if (spec.interval) { o.series.push(whiskers(spec, rows, palette[0])); }
      o.tooltip.trigger = "item";
      o.tooltip.formatter = function (item) {
        return tooltipLines(spec, table, rows[item.dataIndex], spec.rows[item.dataIndex]);
      };
      o.grid.bottom = 46;
    },
    bars: function (spec, table, rows, o) {
      o.xAxis = { type: "category", data: rows.map(function (r) { return category(spec, r); }),
        name: o.xName, nameLocation: "middle", nameGap: 44, axisLine: { onZero: false },
        axisLabel: { interval: 0, margin: 10, lineHeight: 14 } };
      o.yAxis = valueAxis(spec, { scale: false });
      o.series = spec.series.map(function (s) {
        return { name: s.name, type: "bar", data: rows.map(function (r, i) {
          var small = isSmall(spec, spec.rows[i]);
          return { value: r[s.column], itemStyle: small ? { opacity: 0.4 } : {} };
        }) };
      });
      o.tooltip.trigger = "axis";
      o.tooltip.formatter = function (items) {
        var i = items[0].dataIndex;
        return tooltipLines(spec, table, rows[i], spec.rows[i]);
      };
      o.grid.bottom = 46;
    },
    stacked: function (spec, table, rows, o) {
      o.yAxis = { type: "category", inverse: true,
        data: rows.map(function (r) { return category(spec, r).replace("\n", " "); }) };
      o.xAxis = valueAxis(spec, { scale: false, nameLocation: "middle", nameGap: 26,
        nameTextStyle: { align: "center", color: "#59636e" } });
      o.series = spec.series.map(function (s) {
        return { name: s.name, type: "bar", stack: "total",
          label: { show: true, formatter: function (p) {
            return p.value ? fmt(p.value, spec.decimals) : "";
          } },
          labelLayout: { hideOverlap: true },
          data: rows.map(function (r) { return r[s.column]; }) };
      });
      o.tooltip.trigger = "axis";
      o.tooltip.axisPointer = { type: "shadow" };
      o.tooltip.formatter = function (items) {
        var i = items[0].dataIndex;
        return tooltipLines(spec, table, rows[i], spec.rows[i]);
      };
      o.grid.bottom = 34;
    },
    quadrant: function (spec, table, rows, o) {
      // Importance (x) against performance (y), a labelled point per driver, split into four
      // quadrants by the thresholds of drivers.model (importance R²/p as a share of R²).
      var model = tables["drivers.model"].rows[0];
      var xs = spec.series[0], ys = spec.series[1];
      var xLine = model.r_squared > 0 ? 100 * model.importance_threshold / model.r_squared : null;
      var yLine = model.performance_threshold;
      o.xAxis = valueAxis(spec, { scale: false, min: 0, name: xs.name, nameLocation: "middle",
        nameGap: 28, nameTextStyle: { align: "center", color: "#59636e" } });
      o.yAxis = valueAxis(spec, { name: ys.name });
      var lines = [];
      if (xLine !== null) { lines.push({ xAxis: xLine }); }
      if (yLine !== null && yLine !== undefined) { lines.push({ yAxis: yLine }); }
      o.series = [{ name: columnTitle(table, spec.x), type: "scatter", z: 3,
        data: rows.map(function (r, i) {
          var small = isSmall(spec, spec.rows[i]);
          return { value: [r[xs.column], r[ys.column]], name: String(r[spec.x]),
            symbol: small ? "emptyCircle" : "circle", symbolSize: small ? 11 : 9 };
        }),
        label: { show: true, position: "right", formatter: function (p) { return p.name; } },
        markLine: { silent: true, symbol: "none", label: { show: false },
          lineStyle: { color: "#59636e", type: "dashed" }, data: lines } }];
      o.legend = undefined;
      o.tooltip.trigger = "item";
      o.tooltip.formatter = function (item) {
        var r = rows[item.dataIndex];
        return String(r[spec.x]) + "<br>" + xs.name + ": " + fmt(r[xs.column], 1)
          + "<br>" + ys.name + ": " + fmt(r[ys.column], 1)
          + (r.quadrant ? "<br>" + r.quadrant : "")
          + (spec.n ? "<br>" + columnTitle(table, spec.n) + ": " + r[spec.n] : "")
          + (isSmall(spec, spec.rows[item.dataIndex]) ? "<br>small sample" : "");
      };
      o.grid.bottom = 40;
    },
    heatmap: function (spec, table, rows, o) {
      // Colours run from 0 to 100 % (or up to 200 % for revenue above its base); a value
      // beyond takes the end colour, and its tooltip and the table give the figure.
      var data = [];
      var max = 0;
      rows.forEach(function (r, y) {
        spec.series.forEach(function (s, x) {
          var v = r[s.column];
          if (v !== null && v !== undefined) {
            data.push([x, y, Math.min(Math.max(v, 0), HEAT_CAP), v]);
            max = Math.max(max, v);
          }
        });
      });
      var top = Math.max(100, Math.min(HEAT_CAP, Math.ceil(max)));
      o.xAxis = { type: "category", name: "age", nameLocation: "middle", nameGap: 26,
        data: spec.series.map(function (s) { return s.name; }), splitArea: { show: true } };
      o.yAxis = { type: "category", inverse: true, splitArea: { show: true },
        data: rows.map(function (r) { return category(spec, r).replace("\n", " "); }) };
      o.visualMap = { min: 0, max: top, calculable: false, dimension: 2,
        orient: "horizontal", left: "center", bottom: 0, itemHeight: 160,
        text: [(max > top ? ">= " : "") + top + " " + spec.unit, "0"],
        inRange: { color: ["#fff7ec", "#fdbb84", "#d7301f", "#7f0000"] } };
      o.series = [{ name: spec.series.length ? columnTitle(table, spec.series[0].column) : "",
        type: "heatmap", data: data, progressive: 0 }];
      o.legend = undefined;
      o.tooltip.trigger = "item";
      o.tooltip.formatter = function (item) {
        var r = rows[item.value[1]];
        return r[spec.x] + ", " + spec.series[item.value[0]].name + ": "
          + fmt(item.value[3], spec.decimals) + " " + spec.unit
          + (spec.n ? "<br>" + columnTitle(table, spec.n) + ": " + r[spec.n] : "");
      };
      o.grid.bottom = 56;
    }
  };

  var charts = [];
  var failed = 0;
  specs.forEach(function (spec) {
    var element = document.querySelector('.plot[data-chart="' + spec.id + '"]');
    try {
      var table = tables[spec.table];
      var rows = spec.rows.map(function (i) { return table.rows[i]; });
      if (spec.kind === "heatmap") {
        element.style.height = Math.max(300, 18 * rows.length + 110) + "px";
      }
      var options = base(spec, table);
      kinds[spec.kind](spec, table, rows, options);
      delete options.xName;
      var chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(options);
      // A viewBox lets the drawing scale to its box, so that it prints whole even where the
      // browser prints without telling the page (which then cannot redraw it to the paper).
      var fit = function () {
        var svg = element.querySelector("svg");
        if (svg) {
          svg.setAttribute("viewBox", "0 0 " + chart.getWidth() + " " + chart.getHeight());
          svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
        }
      };
      chart.on("finished", fit);
      fit();
      charts.push(chart);
    } catch (e) {
      failed++;
      element.textContent = "This chart could not be drawn: " + e.message;
      element.className += " chart-error";
      console.error("chart " + spec.id + ": " + e.message);
    }
  });

  function resize() { charts.forEach(function (c) { c.resize(); }); }
  window.addEventListener("resize", resize);
  // Print: unfold every table and fit the charts to the paper.
  function unfold() {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  }
  window.addEventListener("beforeprint", function () { unfold(); resize(); });
  window.addEventListener("afterprint", resize);
  window.matchMedia("print").addEventListener("change", function (m) {
    if (m.matches) { unfold(); }
    resize();
  });
  requestAnimationFrame(function () {
    document.documentElement.dataset.charts = failed ? "failed" : "ready";
  });
})();
