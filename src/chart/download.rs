//! Downloads that open cleanly where readers open them: a ZIP archive (stored, no
//! compression: the files are small and every unzip tool reads it) holding the data as a
//! plain CSV whose first row is its header, beside a text file with the view's title,
//! scenario, sources and notes. Written here, host-tested; the widget only saves the bytes.

/// Size of the fixed part of a local file header and of a central directory entry.
const LOCAL_HEADER: usize = 30;
const CENTRAL_HEADER: usize = 46;

/// MS-DOS date of 1 January 2025, 00:00 (a fixed date: the same query gives the same
/// bytes, so downloads can be compared).
const DOS_DATE: u16 = ((2025 - 1980) << 9) | (1 << 5) | 1;

/// The CRC-32 of ZIP (IEEE 802.3, reflected), bit by bit: no 16 KB of tables in the wasm
/// (crc32fast's) for files of a few kilobytes; the tests check it against crc32fast.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// A ZIP archive of `files` (`name`, bytes), stored without compression, names in UTF-8.
/// Archives over 4 GiB are not needed here and not supported (sizes are 32-bit).
pub fn zip_stored(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let crc = crc32(data);
        let offset = out.len() as u32;
        let (size, name_len) = (data.len() as u32, name.len() as u16);
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes()); // version needed: 2.0
            v.extend_from_slice(&(1u16 << 11).to_le_bytes()); // flags: UTF-8 names
            v.extend_from_slice(&0u16.to_le_bytes()); // method: stored
            v.extend_from_slice(&0u16.to_le_bytes()); // time
            v.extend_from_slice(&DOS_DATE.to_le_bytes());
            v.extend_from_slice(&crc.to_le_bytes());
            v.extend_from_slice(&size.to_le_bytes()); // compressed
            v.extend_from_slice(&size.to_le_bytes()); // uncompressed
            v.extend_from_slice(&name_len.to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // extra length
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        common(&mut central);
        central.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let (start, len, n) = (out.len() as u32, central.len() as u32, files.len() as u16);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment length
    debug_assert!(out.len() >= files.len() * (LOCAL_HEADER + CENTRAL_HEADER));
    out
}

/// A view's CSV as the core writes it (`#` lines of title, scenario and sources, then the
/// header and rows) split into the data a spreadsheet opens (header first) and the `#`
/// lines as plain text.
pub fn split_csv(csv: &str) -> (String, String) {
    let (mut data, mut about) = (String::new(), String::new());
    for line in csv.lines() {
        match line.strip_prefix('#') {
            Some(meta) => {
                about.push_str(meta.trim_start());
                about.push('\n');
            }
            None => {
                data.push_str(line);
                data.push_str("\r\n"); // RFC 4180 line ends: every spreadsheet reads them
            }
        }
    }
    (data, about)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads back a stored archive: (name, data) of every entry, checking signatures,
    /// sizes, CRCs and the central directory's offsets.
    fn unzip(z: &[u8]) -> Vec<(String, Vec<u8>)> {
        let u16_at = |i: usize| u16::from_le_bytes([z[i], z[i + 1]]) as usize;
        let u32_at = |i: usize| u32::from_le_bytes([z[i], z[i + 1], z[i + 2], z[i + 3]]);
        let end = z.len() - 22;
        assert_eq!(u32_at(end), 0x0605_4b50, "end of central directory");
        let (n, mut c) = (u16_at(end + 10), u32_at(end + 16) as usize);
        let mut out = Vec::new();
        for _ in 0..n {
            assert_eq!(u32_at(c), 0x0201_4b50, "central entry");
            let (crc, size) = (u32_at(c + 16), u32_at(c + 20) as usize);
            let name_len = u16_at(c + 28);
            let local = u32_at(c + 42) as usize;
            assert_eq!(u32_at(local), 0x0403_4b50, "local header");
            assert_eq!(u16_at(local + 8), 0, "stored");
            let name = String::from_utf8(z[c + 46..c + 46 + name_len].to_vec()).unwrap();
            let start = local + LOCAL_HEADER + u16_at(local + 26) + u16_at(local + 28);
            let data = z[start..start + size].to_vec();
            assert_eq!(crc32fast::hash(&data), crc, "{name}: CRC");
            out.push((name, data));
            c += CENTRAL_HEADER + name_len;
        }
        out
    }

    #[test]
    fn an_archive_reads_back_to_its_files() {
        let files: [(&str, &[u8]); 2] = [
            ("data.csv", b"year,a\r\n2025,1\r\n"),
            ("о-файле.txt", "сведения".as_bytes()),
        ];
        let z = zip_stored(&files);
        let back = unzip(&z);
        assert_eq!(back.len(), 2);
        for ((n, d), (bn, bd)) in files.iter().zip(&back) {
            assert_eq!((*n, *d), (bn.as_str(), bd.as_slice()));
        }
        assert_eq!(zip_stored(&files), z, "the same files give the same bytes");
        assert_eq!(unzip(&zip_stored(&[])).len(), 0);
    }

    #[test]
    fn the_crc_is_zips() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926, "the standard check value");
        let text = "year,population\r\n2025,146 150.789\r\nРоссия".repeat(50);
        assert_eq!(crc32(text.as_bytes()), crc32fast::hash(text.as_bytes()));
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn the_csv_opens_with_its_header_first() {
        let (data, about) = split_csv("# Title\n# Scenario: x=1\nyear,pop\n2025,1\n");
        assert_eq!(data, "year,pop\r\n2025,1\r\n");
        assert_eq!(about, "Title\nScenario: x=1\n");
    }
}
