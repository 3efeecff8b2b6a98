//! The filters shared by `export`, `stats` and `build` (--relation, --type, --since/--until,
//! --min-weight, --ego/--depth), checked on the examples' graph through the exported tables.

use std::collections::BTreeSet;

use crate::util::{repo, Dir, Failures, Result};

fn tables(
    dir: &Dir,
    name: &str,
    args: &[&str],
) -> Result<(Vec<csv::StringRecord>, Vec<csv::StringRecord>)> {
    let out = dir.join(name);
    let mut cmd = dir.cmd(["export", "--format", "csv", "--out"]).arg(&out);
    for a in args {
        cmd = cmd.arg(a);
    }
    cmd.run().ok();
    let read = |file: &str| -> Result<Vec<csv::StringRecord>> {
        let mut r = csv::Reader::from_path(out.join(file))?;
        Ok(r.records().collect::<std::result::Result<_, _>>()?)
    };
    Ok((read("nodes.csv")?, read("edges.csv")?))
}

#[test]
fn filters_cut_the_graph() -> Result {
    let dir = Dir::new("filters");
    dir.cmd(["ingest".as_ref(), repo().join("examples").as_os_str()])
        .run()
        .ok();
    let mut f = Failures::default();
    let (all_nodes, all_edges) = tables(&dir, "all", &[])?;

    // Columns: nodes Id, Label, Type; edges Source, Target, Type, Label, Relation, Weight,
    // First Date, Last Date.
    let (_, attacked) = tables(&dir, "attacked", &["--relation", "attacked"])?;
    let expected = all_edges.iter().filter(|r| &r[4] == "attacked").count();
    f.check(expected > 0 && attacked.len() == expected, || {
        format!(
            "--relation attacked: {} edges, {expected} in the full table",
            attacked.len()
        )
    });
    f.check(attacked.iter().all(|r| &r[4] == "attacked"), || {
        "--relation let another relation through".into()
    });

    let (_, two) = tables(&dir, "relations", &["--relation", "attacked,met-with"])?;
    let expected = all_edges
        .iter()
        .filter(|r| &r[4] == "attacked" || &r[4] == "met-with")
        .count();
    f.check(two.len() == expected, || {
        format!("two relations: {} vs {expected}", two.len())
    });

    let (_, heavy) = tables(&dir, "heavy", &["--min-weight", "2"])?;
    let expected = all_edges
        .iter()
        .filter(|r| r[5].parse::<u64>().unwrap_or(0) >= 2)
        .count();
    f.check(heavy.len() == expected, || {
        format!("--min-weight 2: {} vs {expected}", heavy.len())
    });

    let (_, dated) = tables(
        &dir,
        "dated",
        &["--since", "2024-01-01", "--until", "2024-03-31"],
    )?;
    let expected = all_edges
        .iter()
        .filter(|r| !r[6].is_empty() && &r[7] >= "2024-01-01" && &r[6] <= "2024-03-31")
        .count();
    f.check(
        dated.len() == expected && expected < all_edges.len(),
        || {
            format!(
                "--since/--until: {} vs {expected} of {}",
                dated.len(),
                all_edges.len()
            )
        },
    );

    let (countries, country_edges) = tables(&dir, "countries", &["--type", "country"])?;
    f.check(
        !countries.is_empty() && countries.iter().all(|r| &r[2] == "Country"),
        || "--type country kept other types".into(),
    );
    let country_ids: BTreeSet<&str> = all_nodes
        .iter()
        .filter(|r| &r[2] == "Country")
        .map(|r| r.get(0).unwrap_or(""))
        .collect();
    let expected = all_edges
        .iter()
        .filter(|r| country_ids.contains(&r[0]) && country_ids.contains(&r[1]))
        .count();
    f.check(country_edges.len() == expected, || {
        format!("--type: {} edges vs {expected}", country_edges.len())
    });

    // Ego network of the best-connected actor, by id and by label.
    let s = dir
        .cmd(["stats", "--format", "json", "--top", "1"])
        .run()
        .ok()
        .json()?;
    let (id, label) = (
        s["top_degree"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        s["top_degree"][0]["label"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    );
    let (ego_nodes, ego_edges) = tables(&dir, "ego", &["--ego", &id, "--depth", "1"])?;
    let neighbours: BTreeSet<&str> = all_edges
        .iter()
        .filter_map(|r| {
            if &r[0] == id.as_str() {
                Some(r.get(1).unwrap_or(""))
            } else if &r[1] == id.as_str() {
                Some(r.get(0).unwrap_or(""))
            } else {
                None
            }
        })
        .chain([id.as_str()])
        .collect();
    let got: BTreeSet<&str> = ego_nodes.iter().map(|r| r.get(0).unwrap_or("")).collect();
    f.check(got == neighbours, || {
        format!("--ego {id}: nodes {got:?}, expected {neighbours:?}")
    });
    let expected = all_edges
        .iter()
        .filter(|r| neighbours.contains(&r[0]) && neighbours.contains(&r[1]))
        .count();
    f.check(ego_edges.len() == expected, || {
        format!("--ego: {} edges vs {expected}", ego_edges.len())
    });
    let (by_label, _) = tables(&dir, "ego-label", &["--ego", &label.to_uppercase()])?;
    f.check(by_label.len() == ego_nodes.len(), || {
        format!("--ego by label {label:?} differs from by id")
    });
    let stats = dir
        .cmd(["stats", "--format", "json", "--ego", &id])
        .run()
        .ok()
        .json()?;
    f.check(stats["nodes"] == ego_nodes.len() as u64, || {
        "stats --ego counts another graph".into()
    });

    // Mistakes are errors with a message, exit status 2.
    let unknown = dir.cmd(["stats", "--ego", "nobody-at-all"]).run().expect(2);
    f.check(unknown.stderr.contains("nobody-at-all"), || {
        format!("unknown ego{unknown}")
    });
    let rdf = dir
        .cmd([
            "export",
            "--format",
            "nquads",
            "--relation",
            "attacked",
            "--out",
            "x.nq",
        ])
        .run()
        .expect(2);
    f.check(rdf.stderr.contains("whole store"), || {
        format!("filter on nquads{rdf}")
    });
    let bad = dir.cmd(["stats", "--relation", "hugged"]).run().expect(2);
    f.check(bad.stderr.contains("hugged"), || {
        format!("unknown relation{bad}")
    });
    f.finish("filters");
    Ok(())
}
