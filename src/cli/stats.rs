use anyhow::Context;
use clap::ValueEnum;

use super::{Cli, Status};
use crate::graph;
use crate::model::{EntityType, Predicate};
use crate::stats;
use crate::store::GraphStore;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// How many top actors to list per measure.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    #[command(flatten)]
    pub measures: MeasureArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

/// Parameters of the statistics, shared by stats, export --with-stats and build.
#[derive(Debug, Clone, clap::Args)]
pub struct MeasureArgs {
    /// Betweenness from K sampled source nodes (fixed seed) instead of all; for large graphs.
    #[arg(long, value_name = "K")]
    pub samples: Option<usize>,
    /// Louvain resolution (1 = standard modularity; higher gives more, smaller classes).
    #[arg(long, default_value_t = 1.0)]
    pub resolution: f64,
    /// Leave out the shortest-path measures (betweenness, closeness, diameter …: one search per
    /// node) on graphs with more nodes than this.
    #[arg(long, value_name = "N", default_value_t = stats::MAX_PATH_NODES)]
    pub max_path_nodes: usize,
}

impl MeasureArgs {
    pub fn options(&self, top: usize) -> anyhow::Result<stats::Options> {
        anyhow::ensure!(
            self.resolution.is_finite() && self.resolution > 0.0,
            "--resolution must be a positive number"
        );
        anyhow::ensure!(self.samples != Some(0), "--samples must be at least 1");
        Ok(stats::Options {
            top,
            samples: self.samples,
            resolution: self.resolution,
            max_path_nodes: self.max_path_nodes,
        })
    }
}

/// A subgraph for a briefing, shared by stats, export and build (graph exports and statistics;
/// the RDF dumps are always the whole store).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterArgs {
    /// Keep only these relations (met-with, threatened, claimed-attack-on, attacked, visited);
    /// repeat or separate with commas.
    #[arg(long, value_delimiter = ',', value_name = "RELATION")]
    pub relation: Vec<String>,
    /// Keep only entities of these types (Person, Organization, Country, Location, Facility);
    /// repeat or separate with commas.
    #[arg(long = "type", value_delimiter = ',', value_name = "TYPE")]
    pub kind: Vec<String>,
    /// Keep edges last seen on or after this date (YYYY-MM-DD); undated edges go.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Keep edges first seen on or before this date (YYYY-MM-DD); undated edges go.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Keep edges supported by at least N events.
    #[arg(long, value_name = "N")]
    pub min_weight: Option<u64>,
    /// Keep the neighbourhood of one entity, given by id (e.g. kb/hamas) or label.
    #[arg(long, value_name = "ENTITY")]
    pub ego: Option<String>,
    /// Hops around --ego (edges followed either way).
    #[arg(long, default_value_t = 1, value_name = "N", requires = "ego")]
    pub depth: usize,
}

impl FilterArgs {
    pub fn filter(&self) -> anyhow::Result<graph::Filter> {
        let relations = self
            .relation
            .iter()
            .map(|r| {
                let r = r.trim();
                Predicate::ALL
                    .into_iter()
                    .find(|p| p.as_str().eq_ignore_ascii_case(r))
                    .with_context(|| format!("unknown relation {r:?}"))
            })
            .collect::<anyhow::Result<_>>()?;
        let types = self
            .kind
            .iter()
            .map(|t| {
                let t = t.trim();
                EntityType::ALL
                    .into_iter()
                    .find(|k| k.as_str().eq_ignore_ascii_case(t))
                    .with_context(|| format!("unknown entity type {t:?}"))
            })
            .collect::<anyhow::Result<_>>()?;
        for d in [&self.since, &self.until].into_iter().flatten() {
            let ok = d.len() == 10
                && d.char_indices().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }
                });
            anyhow::ensure!(ok, "dates are YYYY-MM-DD, not {d:?}");
        }
        Ok(graph::Filter {
            relations,
            types,
            since: self.since.clone(),
            until: self.until.clone(),
            min_weight: self.min_weight,
            ego: self.ego.clone(),
            depth: self.depth,
        })
    }

    /// The store's graph with this filter applied.
    pub fn load(&self, store: &GraphStore) -> anyhow::Result<graph::KnowledgeGraph> {
        let f = self.filter()?;
        let kg = graph::load(store)?;
        Ok(graph::filter(&kg, &f)?)
    }
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let options = args.measures.options(args.top)?;
    let filter = args.filter.filter()?;
    let store = GraphStore::open_read_only(&cli.store)?;
    let kg = graph::filter(&graph::load(&store)?, &filter)?;
    print(&stats::compute(&kg, &options), args.format)?;
    Ok(Status::Ok)
}

pub fn print(s: &stats::Stats, format: Format) -> anyhow::Result<()> {
    match format {
        Format::Table => super::out(&stats::render_table(s))?,
        Format::Json => super::out(&(serde_json::to_string_pretty(s)? + "\n"))?,
    }
    Ok(())
}
