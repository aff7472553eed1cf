//! The declaration form of a built-in hierarchy, so that each source module
//! holds data only.

/// Declares one built-in hierarchy: its item enum (through `slug_enum!`) and
/// its [`BuiltinHierarchy`](super::BuiltinHierarchy) implementation.
///
/// ```text
/// builtin! {
///     /// Type docs.
///     pub enum Name: "what an item is called in errors" {
///         id: "author-year",
///         title: "Short title",
///         source: { author: "…", year: 2009, title: "…", venue: "…", note: "…", },
///         order: strict,        // or: unordered
///                               // or: levels [[A], [B, C], [D]]
///                               // or: precedences [(A, B)]
///         items: {
///             /// Variant docs.
///             A = "a-slug" {
///                 label: "…",
///                 description: "…",
///                 verification: verified(CONST),   // or unverified("what is missing")
///                 tier: (Regime, "why") or (Regional, "why not"),
///                 concern: (PartyRule, "why"),
///             },
///         }
///     }
/// }
/// ```
///
/// `note` is optional. A crosswalk lists its default `(target, rationale)`
/// first; each `or (target, rationale)` adds an admissible alternative,
/// which makes the mapping contested. The source's order of items is the
/// declaration order, which becomes `ITEMS`.
macro_rules! builtin {
    (@note) => { None };
    (@note $note:literal) => { Some($note.into()) };

    (@order $name:ident strict) => {
        $crate::hierarchy::Order::strict($name::ALL)
    };
    (@order $name:ident unordered) => {
        $crate::hierarchy::Order::Unordered($name::ALL.to_vec())
    };
    (@order $name:ident levels [$([$($item:ident),+ $(,)?]),+ $(,)?]) => {
        $crate::hierarchy::Order::Ranked(
            $crate::ranking::Ranking::new([$(vec![$($name::$item),+]),+])
                .expect("a built-in's levels are non-empty and its items distinct"),
        )
    };
    (@order $name:ident precedences [$(($above:ident, $below:ident)),+ $(,)?]) => {
        $crate::hierarchy::Order::Partial(
            $crate::partial_order::PartialOrder::new(
                $name::ALL.iter().copied(),
                [$(($name::$above, $name::$below)),+],
            )
            .expect("a built-in's stated precedences are acyclic"),
        )
    };

    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $what:literal {
            id: $id:literal,
            title: $title:literal,
            source: {
                author: $author:literal,
                year: $year:literal,
                title: $work:literal,
                venue: $venue:literal,
                $(note: $note:literal,)?
            },
            order: $kind:ident $([$($spec:tt)*])?,
            items: {
                $(
                    $(#[$vmeta:meta])*
                    $variant:ident = $slug:literal {
                        label: $label:literal,
                        description: $description:literal,
                        verification: $status:ident ($checked:expr),
                        tier: ($tier:ident, $tier_why:literal)
                            $(or ($tier_alt:ident, $tier_alt_why:literal))*,
                        concern: ($concern:ident, $concern_why:literal)
                            $(or ($concern_alt:ident, $concern_alt_why:literal))*,
                    }
                ),+ $(,)?
            }
        }
    ) => {
        $crate::slug::slug_enum! {
            $(#[$meta])*
            $vis enum $name: $what {
                $($(#[$vmeta])* $variant = $slug),+
            }
        }

        impl $crate::corpus::BuiltinHierarchy for $name {
            const ID: &'static str = $id;
            const TITLE: &'static str = $title;
            const ITEMS: &'static [Self] = $name::ALL;

            fn source() -> $crate::hierarchy::Source {
                $crate::hierarchy::Source {
                    author: $author.into(),
                    year: $year,
                    title: $work.into(),
                    venue: $venue.into(),
                    note: $crate::corpus::define::builtin!(@note $($note)?),
                }
            }

            fn order() -> $crate::hierarchy::Order<Self> {
                $crate::corpus::define::builtin!(@order $name $kind $([$($spec)*])?)
            }

            fn info(self) -> $crate::corpus::ItemInfo {
                match self {
                    $($name::$variant => $crate::corpus::ItemInfo {
                        label: $label,
                        description: $description,
                        verification: $crate::hierarchy::Verification::$status($checked),
                        tier: $crate::hierarchy::Mapping::new(
                            $crate::vocabulary::Tier::$tier,
                            $tier_why,
                        )
                        $(.or($crate::vocabulary::Tier::$tier_alt, $tier_alt_why))*,
                        concern: $crate::hierarchy::Mapping::new(
                            $crate::vocabulary::Concern::$concern,
                            $concern_why,
                        )
                        $(.or($crate::vocabulary::Concern::$concern_alt, $concern_alt_why))*,
                    },)+
                }
            }
        }
    };
}

pub(crate) use builtin;
