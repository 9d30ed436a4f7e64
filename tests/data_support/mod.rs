//! Reading the project's data files as files, for tests that compare what the code shows
//! with the number the file holds (not a typed copy).

/// A cell of the first row of `data/{file}` whose leading columns are `first`.
pub fn data_cell(file: &str, first: &[&str], column: &str) -> String {
    let text =
        std::fs::read_to_string(format!("{}/data/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut rows = text.lines().filter(|l| !l.starts_with('#'));
    let head: Vec<&str> = rows.next().unwrap().split(',').collect();
    let col = head.iter().position(|h| *h == column).unwrap();
    rows.map(|l| l.split(',').collect::<Vec<_>>())
        .find(|r| r.iter().zip(first).all(|(a, b)| a == b))
        .map(|r| r[col].to_string())
        .unwrap_or_else(|| panic!("no {column} of {first:?} in {file}"))
}
