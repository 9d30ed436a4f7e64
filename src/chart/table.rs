//! The numbers behind a chart as a [`Table`]: typed cells in columns that carry a
//! machine-readable key (the CSV's header), a human header and a unit in the reader's
//! language, in one or more sections, headed by the chart's title, its sources and the
//! scenario. Every view builds one from its model ([`super::views::ChartView::table`]), so
//! the CSV ([`Table::to_csv`]) and the widget's data table never need a drawing.

use serde::Serialize;

use super::i18n::Lang;

/// One value of a table.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Cell {
    /// No value (an empty CSV field).
    Empty,
    /// A whole number (years, ages).
    Int(i32),
    /// A number written with this many decimals.
    Num { value: f64, decimals: usize },
    /// Text (quoted in the CSV when it needs it).
    Text(String),
}

impl Cell {
    /// A number with `decimals` decimals; `None` or a non-finite value is empty.
    pub fn num(v: Option<f64>, decimals: usize) -> Cell {
        match v {
            Some(value) if value.is_finite() => Cell::Num { value, decimals },
            _ => Cell::Empty,
        }
    }

    /// A number that is always there (empty when not finite).
    pub fn val(v: f64, decimals: usize) -> Cell {
        Cell::num(Some(v), decimals)
    }

    pub fn int(v: i32) -> Cell {
        Cell::Int(v)
    }

    pub fn text(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }

    /// The cell as a CSV field.
    pub fn csv(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Int(v) => v.to_string(),
            Cell::Num { value, decimals } => csv_num(*value, *decimals),
            Cell::Text(s) => csv_field(s),
        }
    }
}

/// A column: its CSV key, its header in words and its unit (both in the table's language;
/// the unit empty for text and years).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Column {
    pub key: String,
    pub label: String,
    pub unit: String,
}

impl Column {
    pub fn new(key: &str, label: &str, unit: &str) -> Self {
        Column {
            key: key.to_string(),
            label: label.to_string(),
            unit: unit.to_string(),
        }
    }
}

/// Units of the views' columns, worded per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Text, years, codes.
    None,
    Thousand,
    Persons,
    /// Ages.
    Years,
    Percent,
    UsDollars,
}

impl Unit {
    pub(crate) fn word(self, lang: Lang) -> &'static str {
        match self {
            Unit::None => "",
            Unit::Thousand => lang.t("chart-common-thousand"),
            Unit::Persons => lang.t("chart-table-persons"),
            Unit::Years => lang.t("chart-table-years"),
            Unit::Percent => "%",
            Unit::UsDollars => lang.t("chart-table-current-us"),
        }
    }
}

/// A column as a view declares it: CSV key, the catalog key of its header, unit.
pub(crate) type ColumnSpec = (&'static str, &'static str, Unit);

/// The columns of `specs` in `lang`.
pub(crate) fn columns(lang: Lang, specs: &[ColumnSpec]) -> Vec<Column> {
    let mut out = Vec::with_capacity(specs.len());
    for &(key, header, unit) in specs {
        out.push(Column::new(key, lang.t(header), unit.word(lang)));
    }
    out
}

/// Columns and rows of one block of a table (a view's main series, then e.g. its markers).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Section {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

impl Section {
    pub fn new(columns: Vec<Column>) -> Section {
        Section {
            columns,
            rows: Vec::new(),
        }
    }

    /// A section of the columns of `specs` in `lang`, without rows yet.
    pub(crate) fn of(lang: Lang, specs: &[ColumnSpec]) -> Section {
        Section::new(columns(lang, specs))
    }
}

/// The numbers behind a chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    /// The chart's title.
    pub title: String,
    pub lang: Lang,
    /// The request's canonical query string (empty: every default).
    pub query: String,
    /// Where the numbers come from, one line each.
    pub sources: Vec<String>,
    /// Further lines for the reader (dated events, notes), one each.
    pub notes: Vec<String>,
    pub sections: Vec<Section>,
}

impl Table {
    /// A table of `title` for a request in `lang` with canonical `query`, without rows yet.
    pub fn new(title: &str, lang: Lang, query: &str, sources: Vec<String>) -> Table {
        Table {
            title: title.to_string(),
            lang,
            query: query.to_string(),
            sources,
            notes: Vec::new(),
            sections: Vec::new(),
        }
    }

    /// The CSV: `#` lines (title, sources, scenario, notes), then each section's header row
    /// of keys and its rows, sections apart by an empty line.
    pub fn to_csv(&self) -> String {
        let mut s = self.head();
        for n in &self.notes {
            s.push_str(&format!("# {n}\n"));
        }
        for (k, sec) in self.sections.iter().enumerate() {
            if k > 0 {
                s.push('\n');
            }
            for (j, c) in sec.columns.iter().enumerate() {
                if j > 0 {
                    s.push(',');
                }
                s.push_str(&csv_field(&c.key));
            }
            s.push('\n');
            for row in &sec.rows {
                for (j, cell) in row.iter().enumerate() {
                    if j > 0 {
                        s.push(',');
                    }
                    s.push_str(&cell.csv());
                }
                s.push('\n');
            }
        }
        s
    }

    /// The `#` lines heading the CSV: title, sources, scenario, in the table's language.
    /// In Russian a last line says the column names stay Latin (they are machine-readable).
    fn head(&self) -> String {
        let lang = self.lang;
        let mut s = format!("# Crossroads: {}\n", self.title);
        for src in self.sources.iter().filter(|s| !s.is_empty()) {
            s.push_str(&format!(
                "# {} {}\n",
                lang.t("chart-table-source"),
                src.replace('\n', " ")
            ));
        }
        let scenario = if self.query.is_empty() {
            lang.t("chart-table-defaults-un-wpp-2024-medium")
        } else {
            &self.query
        };
        s.push_str(&format!(
            "# {} {scenario}\n",
            lang.t("chart-table-scenario")
        ));
        // Languages not written in Latin letters say why the column keys are.
        if lang != Lang::En {
            s.push_str(&format!("# {}\n", lang.t("chart-table-csv-keys-latin")));
        }
        s
    }
}

/// A CSV field, quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A number for CSV (plain, with `.`, no grouping).
pub fn csv_num(v: f64, decimals: usize) -> String {
    if v.is_finite() {
        crate::num::fixed(v, decimals)
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_sections_and_quotes() {
        let mut t = Table::new("T", Lang::En, "", vec!["a, b".into(), String::new()]);
        t.notes.push("Event: x".into());
        let mut s = Section::new(vec![
            Column::new("year", "Year", ""),
            Column::new("v", "V", "k"),
        ]);
        s.rows.push(vec![Cell::int(2025), Cell::val(1.26, 1)]);
        s.rows.push(vec![Cell::text("x,y"), Cell::num(None, 1)]);
        t.sections.push(s);
        t.sections
            .push(Section::new(vec![Column::new("k", "K", "")]));
        assert_eq!(
            t.to_csv(),
            "# Crossroads: T\n# Source: a, b\n# Scenario: (defaults: UN WPP 2024 medium)\n\
             # Event: x\nyear,v\n2025,1.3\n\"x,y\",\n\nk\n"
        );
    }
}

/// The values of a table's row for one year, in words: what the widget's readout shows
/// under the reader's pointer, finger or keyboard cursor (and says in its live region).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Readout {
    pub year: i32,
    /// `(label with unit, value)` of every number in the year's row, in column order.
    pub items: Vec<(String, String)>,
    /// The same as one sentence, for screen readers.
    pub text: String,
}

impl Table {
    /// The first section whose first column is a year, and its years, in order.
    fn years_section(&self) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.columns.first().is_some_and(|c| c.key.starts_with("year")))
    }

    /// The years a readout can show (the rows of the first section keyed by year).
    pub fn years(&self) -> Vec<i32> {
        self.years_section().map_or(Vec::new(), |s| {
            s.rows
                .iter()
                .filter_map(|r| match r.first() {
                    Some(Cell::Int(y)) => Some(*y),
                    _ => None,
                })
                .collect()
        })
    }

    /// Every number of the row of `year` (the nearest year the table has), with its
    /// column's label and unit, in the table's language; `None` for a table without years.
    pub fn readout(&self, year: i32) -> Option<Readout> {
        let s = self.years_section()?;
        let row = s
            .rows
            .iter()
            .filter(|r| matches!(r.first(), Some(Cell::Int(_))))
            .min_by_key(|r| match r.first() {
                Some(Cell::Int(y)) => (y - year).abs(),
                _ => i32::MAX,
            })?;
        let Some(Cell::Int(y)) = row.first() else {
            return None;
        };
        let mut items = Vec::new();
        // The charts draw mid-year values: the year-end columns (for spreadsheets) are left
        // out of the readout when mid-year ones exist.
        let mid = s.columns.iter().any(|c| c.key.ends_with("_jul1"));
        for (c, cell) in s.columns.iter().zip(row).skip(1) {
            if mid && c.key.ends_with("_dec31") {
                continue;
            }
            if let Cell::Num { value, decimals } = cell {
                let unit = if c.unit.is_empty() {
                    String::new()
                } else {
                    format!(" {}", c.unit)
                };
                items.push((
                    c.label.clone(),
                    format!("{}{unit}", self.lang.num(*value, *decimals)),
                ));
            }
        }
        let parts: Vec<String> = items.iter().map(|(l, v)| format!("{l}: {v}")).collect();
        Some(Readout {
            year: *y,
            text: format!("{y}. {}.", parts.join("; ")),
            items,
        })
    }
}
