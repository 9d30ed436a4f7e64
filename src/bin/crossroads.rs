//! The native command-line program: prints projections as CSV.
fn main() {
    println!("crossroads: not yet implemented");
}
