//! The pages in a real browser: headless Chromium driven through
//! chromedriver. Skipped, with a message, where chromedriver is not
//! installed (`apt-get install chromium chromium-driver`).
//!
//! Screenshots of the main pages go to `<target>/screenshots/`.

mod common;

use common::{sample_story, HOSTILE_ID, SCRIPT};
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use trame_web::ServeOptions;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// Kills chromedriver when the test ends, however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn start_chromedriver() -> (Driver, u16) {
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let driver = Driver(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "chromedriver did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (driver, port)
}

async fn browser(port: u16, profile: &std::path::Path) -> Client {
    let capabilities = serde_json::json!({
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900",
                format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    let serde_json::Value::Object(capabilities) = capabilities else {
        unreachable!("a JSON object literal");
    };
    ClientBuilder::native()
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a browser session")
}

fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| common::workspace_root().join("target"));
    let dir = target.join("screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot directory");
    dir
}

async fn screenshot(client: &Client, name: &str) {
    let png = client.screenshot().await.expect("screenshot");
    let path = screenshot_dir().join(format!("{name}.png"));
    std::fs::write(&path, png).expect("screenshot written");
    println!("screenshot {}", path.display());
}

/// Loads a page and reports how long the browser took to show it.
async fn visit(client: &Client, base: &str, path: &str) {
    let start = Instant::now();
    client
        .goto(&format!("{base}{path}"))
        .await
        .expect("page loads");
    println!("browser load {path}: {} ms", start.elapsed().as_millis());
}

/// Runs the workbench as `trame serve` does, on a free local port.
/// No sideways scrolling: what does not fit scrolls inside its own box.
async fn assert_fits_the_width(client: &Client) -> Result<(), fantoccini::error::CmdError> {
    let overflow = client
        .execute(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
            vec![],
        )
        .await?;
    let url = client.current_url().await?;
    assert_eq!(overflow, serde_json::json!(0), "{url} scrolls sideways");
    Ok(())
}

async fn serve() -> String {
    let addr = SocketAddr::from(([127, 0, 0, 1], free_port()));
    tokio::spawn(trame_web::serve(
        common::store(),
        addr,
        ServeOptions::default(),
    ));
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(addr).is_err() {
        assert!(
            Instant::now() < deadline,
            "the workbench did not listen on {addr}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    format!("http://{addr}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_workbench_in_a_browser() {
    if !std::path::Path::new(CHROMEDRIVER).exists() {
        println!("SKIPPED: {CHROMEDRIVER} not found; install chromium and chromium-driver to run the browser tests");
        return;
    }
    let base = serve().await;
    let (story, from, to) = sample_story().await;
    let (_driver, port) = start_chromedriver();
    let profile = std::env::temp_dir().join(format!("trame-web-chromium-{}", std::process::id()));
    let client = browser(port, &profile).await;
    // In a task of its own, so that a failed assertion still lets the
    // browser session close below instead of leaving Chromium running.
    let outcome = tokio::spawn({
        let client = client.clone();
        async move { scenarios(&client, &base, story, &from, &to).await }
    })
    .await;
    let _ = client.close().await;
    let _ = std::fs::remove_dir_all(&profile);
    match outcome {
        Ok(result) => result.expect("browser commands"),
        Err(failure) => std::panic::resume_unwind(failure.into_panic()),
    }
}

async fn scenarios(
    client: &Client,
    base: &str,
    story: i64,
    from: &str,
    to: &str,
) -> Result<(), fantoccini::error::CmdError> {
    // Overview, then a search typed into its box.
    visit(client, base, "/?lang=en").await;
    screenshot(client, "overview").await;
    client
        .find(Locator::Css("input[name=q]"))
        .await?
        .send_keys("Kostan")
        .await?;
    client
        .find(Locator::Css(".search-box button"))
        .await?
        .click()
        .await?;
    client.wait().for_element(Locator::Css(".hit mark")).await?;
    assert!(client.current_url().await?.path().starts_with("/search"));
    let hits = client.find_all(Locator::Css(".hit")).await?;
    assert!(hits.len() >= 4, "Kostan is in every version of the story");
    screenshot(client, "search").await;

    // An article: the script shows the toggles; switching a layer off hides it.
    let story_hit = client.find(Locator::Css(".hit h3 a")).await?;
    story_hit.click().await?;
    let text = client.wait().for_element(Locator::Id("doc-text")).await?;
    let toggles = client.find(Locator::Id("layer-toggles")).await?;
    assert!(
        toggles.is_displayed().await?,
        "the script reveals the layer toggles"
    );
    let mention = text.find(Locator::Css("a.ent")).await?;
    let coloured = mention.css_value("background-color").await?;
    assert_ne!(coloured, "rgba(0, 0, 0, 0)", "entities are coloured");
    screenshot(client, "article").await;
    client
        .find(Locator::Css("input[data-layer=entities]"))
        .await?
        .click()
        .await?;
    assert_eq!(
        text.attr("class").await?.as_deref(),
        Some("doc-text hide-entities")
    );
    assert_eq!(
        mention.css_value("background-color").await?,
        "rgba(0, 0, 0, 0)",
        "entities hidden"
    );
    client
        .find(Locator::Css("input[data-layer=entities]"))
        .await?
        .click()
        .await?;
    assert_ne!(
        mention.css_value("background-color").await?,
        "rgba(0, 0, 0, 0)",
        "entities back"
    );

    // The mention leads to its entity page.
    let entity_href = mention.attr("href").await?.unwrap_or_default();
    mention.click().await?;
    client.wait().for_element(Locator::Css("svg.chart")).await?;
    assert_eq!(client.current_url().await?.path(), entity_href);
    screenshot(client, "entity").await;

    // The story graph and a diff.
    visit(client, base, &format!("/stories/{story}?lang=en")).await;
    let nodes = client
        .find_all(Locator::Css("svg.story-graph .node"))
        .await?;
    assert!(nodes.len() >= 4, "every version is a node");
    screenshot(client, "story").await;
    visit(
        client,
        base,
        &format!("/stories/{story}/diff?from={from}&to={to}&lang=en"),
    )
    .await;
    client
        .wait()
        .for_element(Locator::Css(".diff-ends"))
        .await?;
    screenshot(client, "diff").await;

    // A claim group.
    visit(client, base, "/claims?lang=en").await;
    client.find(Locator::Css(".rows a")).await?.click().await?;
    client
        .wait()
        .for_element(Locator::Css(".claims-table"))
        .await?;
    screenshot(client, "claim").await;

    // The hostile article: shown as text, nothing runs.
    visit(client, base, &format!("/documents/{HOSTILE_ID}?lang=en")).await;
    let heading = client.find(Locator::Css("h1")).await?.text().await?;
    assert!(
        heading.contains(SCRIPT),
        "the title is shown as written: {heading}"
    );
    let ran = client
        .execute(
            "return document.querySelectorAll('script:not([src]), [onmouseover], a[href^=\"javascript:\"]').length",
            vec![],
        )
        .await?;
    assert_eq!(
        ran,
        serde_json::json!(0),
        "no script, handler or javascript: link in the DOM"
    );
    for element in client
        .find_all(Locator::Css(".doc-text span"))
        .await?
        .iter()
        .take(20)
    {
        let _ = element.click().await;
    }
    assert!(client.get_alert_text().await.is_err(), "no alert fired");
    screenshot(client, "hostile").await;

    // A phone-width window.
    client.set_window_size(390, 844).await?;
    visit(client, base, "/search?q=Kostan&lang=en").await;
    screenshot(client, "search-phone").await;
    client
        .find(Locator::Css(".hit h3 a"))
        .await?
        .click()
        .await?;
    client.wait().for_element(Locator::Id("doc-text")).await?;
    assert_fits_the_width(client).await?;
    screenshot(client, "article-phone").await;
    for (path, name) in [
        (format!("/stories/{story}?lang=en"), "story-phone"),
        ("/claims?lang=fr".to_string(), "claims-phone"),
    ] {
        visit(client, base, &path).await;
        assert_fits_the_width(client).await?;
        screenshot(client, name).await;
    }
    Ok(())
}
