//! Geometry of the server-drawn charts. Only numbers and the data's own
//! strings come out of here; the templates write the SVG elements, so every
//! string goes through the template's escaping.

use crate::params::url_encode;
use trame_store::{MonthCount, StoryVersion, VersionRole};

/// A bar chart of mentions per month.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub width: u32,
    pub height: u32,
    /// The y of the axis line.
    pub baseline: u32,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    /// The centre of the bar, where its labels go.
    pub middle: u32,
    pub month: String,
    pub count: u64,
    /// Month labels of a long timeline are thinned out to stay legible.
    pub show_month: bool,
}

const CHART_HEIGHT: u32 = 170;
const CHART_TOP: u32 = 18;
const CHART_BOTTOM: u32 = 136;
const SLOT_MIN: u32 = 26;
const CHART_WIDTH_MIN: u32 = 320;

/// Lays out one bar per month, scaled to the busiest month.
pub fn timeline(months: &[MonthCount]) -> BarChart {
    let slots = months.len().max(1) as u32;
    let slot = (CHART_WIDTH_MIN / slots).max(SLOT_MIN);
    let most = months.iter().map(|m| m.count).max().unwrap_or(0).max(1);
    // One label every `step` bars keeps labels (about 52 px wide) apart.
    let step = (56 / slot + 1) as usize;
    let bars = months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let height = ((m.count as f64 / most as f64) * f64::from(CHART_BOTTOM - CHART_TOP))
                .round() as u32;
            let x = i as u32 * slot + slot / 8;
            let width = slot - slot / 4;
            Bar {
                x,
                y: CHART_BOTTOM - height,
                width,
                height,
                middle: x + width / 2,
                month: m.month.clone(),
                count: m.count,
                show_month: i % step == 0,
            }
        })
        .collect();
    BarChart {
        width: (slots * slot).max(CHART_WIDTH_MIN),
        height: CHART_HEIGHT,
        baseline: CHART_BOTTOM,
        bars,
    }
}

/// The versions of a story as a left-to-right graph: each version one
/// column right of the version it derives from.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryGraph {
    pub width: u32,
    pub height: u32,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub x: u32,
    pub y: u32,
    pub href: String,
    pub outlet: String,
    /// `en · 2022-01-12`
    pub detail: String,
    /// `original`, `translation` or `republication`, for the style sheet.
    pub role: &'static str,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub x1: u32,
    pub y1: u32,
    pub x2: u32,
    pub y2: u32,
    pub label_x: u32,
    pub label_y: u32,
    pub label: String,
}

pub const NODE_WIDTH: u32 = 190;
pub const NODE_HEIGHT: u32 = 58;
const COLUMN_GAP: u32 = 90;
const ROW_GAP: u32 = 22;
const MARGIN: u32 = 8;

/// Lays out the versions of a story. A parent missing from the list (or a
/// cycle in bad data) puts the version in the first column rather than
/// failing.
pub fn story_graph(versions: &[StoryVersion], untitled: &str) -> StoryGraph {
    let index_of = |id: &str| versions.iter().position(|v| v.document.id == id);
    let depths: Vec<usize> = (0..versions.len())
        .map(|i| {
            let mut depth = 0;
            let mut current = i;
            while let Some(parent) = versions[current].parent.as_deref().and_then(index_of) {
                depth += 1;
                current = parent;
                if depth > versions.len() {
                    return 0;
                }
            }
            depth
        })
        .collect();
    let mut rows_used = vec![0u32; versions.len() + 1];
    let positions: Vec<(u32, u32)> = depths
        .iter()
        .map(|&depth| {
            let row = rows_used[depth];
            rows_used[depth] += 1;
            (
                MARGIN + depth as u32 * (NODE_WIDTH + COLUMN_GAP),
                MARGIN + row * (NODE_HEIGHT + ROW_GAP),
            )
        })
        .collect();
    let nodes = versions
        .iter()
        .zip(&positions)
        .map(|(v, &(x, y))| {
            let d = &v.document;
            let detail: Vec<&str> = [d.language.as_deref(), d.published.as_deref().map(day)]
                .into_iter()
                .flatten()
                .collect();
            Node {
                x,
                y,
                href: format!("/documents/{}", url_encode(&d.id)),
                outlet: d.outlet.clone().unwrap_or_else(|| d.id.clone()),
                detail: detail.join(" · "),
                role: match v.role {
                    VersionRole::Original => "original",
                    VersionRole::Translation => "translation",
                    VersionRole::Republication => "republication",
                },
                title: d.title.clone().unwrap_or_else(|| untitled.to_string()),
            }
        })
        .collect();
    let edges = versions
        .iter()
        .zip(&positions)
        .filter_map(|(v, &(x, y))| {
            let (px, py) = positions[index_of(v.parent.as_deref()?)?];
            let (x1, y1) = (px + NODE_WIDTH, py + NODE_HEIGHT / 2);
            let (x2, y2) = (x, y + NODE_HEIGHT / 2);
            Some(Edge {
                x1,
                y1,
                x2,
                y2,
                // Two thirds of the way, where edges fanning out of one
                // parent are furthest apart.
                label_x: (x1 + 2 * x2) / 3,
                label_y: (y1 + 2 * y2) / 3 - 4,
                label: v.link.clone().unwrap_or_default(),
            })
        })
        .collect();
    let columns = depths.iter().max().map_or(1, |d| d + 1) as u32;
    let rows = rows_used.iter().copied().max().unwrap_or(1).max(1);
    StoryGraph {
        width: 2 * MARGIN + columns * NODE_WIDTH + (columns - 1) * COLUMN_GAP,
        height: 2 * MARGIN + rows * NODE_HEIGHT + (rows - 1) * ROW_GAP,
        nodes,
        edges,
    }
}

/// The day of an ISO date or date-time.
fn day(published: &str) -> &str {
    published.get(..10).unwrap_or(published)
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_store::DocumentSummary;

    fn version(id: &str, parent: Option<&str>, role: VersionRole, language: &str) -> StoryVersion {
        StoryVersion {
            document: DocumentSummary {
                id: id.into(),
                outlet: Some(format!("outlet {id}")),
                language: Some(language.into()),
                published: Some("2022-01-12T08:00:00Z".into()),
                ..Default::default()
            },
            role,
            parent: parent.map(str::to_string),
            link: parent.map(|_| "translation".to_string()),
            score: None,
        }
    }

    #[test]
    fn versions_sit_one_column_right_of_their_parent() {
        let versions = [
            version("en", None, VersionRole::Original, "en"),
            version("fr1", Some("en"), VersionRole::Translation, "fr"),
            version("ru", Some("en"), VersionRole::Translation, "ru"),
            version("fr2", Some("fr1"), VersionRole::Republication, "fr"),
        ];
        let graph = story_graph(&versions, "untitled");
        let xs: Vec<u32> = graph.nodes.iter().map(|n| n.x).collect();
        assert_eq!(xs, [8, 288, 288, 568]);
        assert_eq!(graph.nodes[2].y, 8 + NODE_HEIGHT + ROW_GAP);
        assert_eq!(graph.nodes[1].detail, "fr · 2022-01-12");
        assert_eq!(graph.edges.len(), 3);
        assert_eq!(
            (graph.edges[0].x1, graph.edges[0].x2),
            (8 + NODE_WIDTH, 288)
        );
        assert_eq!(graph.width, 568 + NODE_WIDTH + 8);
    }

    #[test]
    fn a_cycle_does_not_hang() {
        let versions = [
            version("a", Some("b"), VersionRole::Translation, "fr"),
            version("b", Some("a"), VersionRole::Translation, "en"),
        ];
        let graph = story_graph(&versions, "untitled");
        assert_eq!(graph.nodes.len(), 2);
    }

    #[test]
    fn bars_scale_to_the_busiest_month() {
        let months = [
            MonthCount {
                month: "2021-12".into(),
                count: 2,
            },
            MonthCount {
                month: "2022-01".into(),
                count: 8,
            },
        ];
        let chart = timeline(&months);
        assert_eq!(chart.bars[1].height, CHART_BOTTOM - CHART_TOP);
        assert_eq!(chart.bars[0].height, (CHART_BOTTOM - CHART_TOP) / 4 + 1);
        assert!(chart.bars[0].x + chart.bars[0].width < chart.bars[1].x);
    }
}
