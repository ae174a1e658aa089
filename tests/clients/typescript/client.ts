// A typed NewsApi client in a few lines: every path, parameter and body type comes from api-docs/openapi.json
// (openapi-typescript), so a change to the API that breaks this client fails `tsc`, and the run checks the answers.
//   npm run generate && npm run build && node dist/client.js --base http://127.0.0.1:5080 --key dev-local-key
import type { components, paths } from "./generated/api.js";

type Article = components["schemas"]["ArticleResponse"];
type Facts = components["schemas"]["FactsResponse"];
type ArticlePage = components["schemas"]["PagedResponseOfArticleListItem"];
type AnalyzeBody = paths["/api/analyze"]["post"]["requestBody"]["content"]["application/json"];
type Analysis = paths["/api/analyze"]["post"]["responses"]["200"]["content"]["application/json"];
type OffsetUnit = NonNullable<NonNullable<paths["/api/articles/{id}/facts"]["get"]["parameters"]["query"]>["offsets"]>;

class NewsApiClient {
  constructor(private readonly base: string, private readonly key?: string) {}

  async getArticle(id: number): Promise<Article> {
    return this.json<Article>(`/api/articles/${id}`);
  }

  async listArticles(query: string): Promise<ArticlePage> {
    return this.json<ArticlePage>(`/api/articles?q=${encodeURIComponent(query)}`);
  }

  async getFacts(id: number, offsets: OffsetUnit = "utf16"): Promise<Facts> {
    return this.json<Facts>(`/api/articles/${id}/facts?offsets=${offsets}`);
  }

  async analyze(body: AnalyzeBody): Promise<Analysis> {
    return this.json<Analysis>("/api/analyze", { method: "POST", body: JSON.stringify(body) });
  }

  private async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set("Accept", "application/json");
    if (init.body !== undefined) headers.set("Content-Type", "application/json");
    if (this.key !== undefined) headers.set("X-Api-Key", this.key);
    const response = await fetch(this.base.replace(/\/$/, "") + path, { ...init, headers });
    if (!response.ok) {
      const problem = (await response.json()) as components["schemas"]["ProblemDetails"];
      throw new Error(`${response.status} ${problem.title ?? ""}: ${problem.detail ?? ""}`);
    }
    return (await response.json()) as T;
  }
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

async function main(): Promise<number> {
  const client = new NewsApiClient(option("base", "http://127.0.0.1:5080"), option("key", "dev-local-key"));
  const page = await client.listArticles("putin");
  const first = page.items[0];
  if (first === undefined) throw new Error("no article matches 'putin'");
  const article = await client.getArticle(first.id);
  const facts = await client.getFacts(first.id);
  // UTF-16 offsets are JavaScript string indices: every fact is body.slice(start, end).
  const spans = [...(facts.figures ?? []), ...(facts.dates ?? []), ...(facts.quotes ?? [])];
  const wrong = spans.filter((f) => article.body.slice(f.start, f.end) !== f.text);
  const analysis = await client.analyze({ text: "More than 1,400 people were killed on August 21.", publishedAt: "2013-09-06" });
  const figure = analysis.facts.figures?.[0];
  console.log(`article ${article.id}: ${spans.length} facts, ${wrong.length} misplaced; analyze figure: ${figure?.text} = ${figure?.value} ${figure?.unit}`);
  return wrong.length === 0 && spans.length > 0 && figure?.value === 1400 ? 0 : 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
