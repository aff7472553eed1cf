//! Prints every built-in hierarchy: id, title, source, order kind, and each
//! level or item with its label, verification mark (`✓` verified, `?` not,
//! with what is missing), tier and concern.
//!
//! ```text
//! cargo run --example corpus
//! ```

use security_hierarchy::corpus;

fn main() {
    for entry in corpus::catalogue() {
        let doc = entry.hierarchy();
        println!(
            "[{}] {} ({}), {} items, {} verified",
            entry.id, entry.author, entry.year, entry.items, entry.verified
        );
        // The document's own listing: title, source, order kind, then each
        // item with its mark and crosswalks.
        println!("{doc}\n");
    }
}
