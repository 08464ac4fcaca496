package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.TestGazetteer;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.LinkChecker;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;

/** articles/_entities.yaml honoured by a whole build: types, aliases, Wikidata ids, merges with redirects, drops. */
class CurationBuildTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void project() throws Exception {
        project = SampleProject.create(dir.resolve("project"));
        SampleProject.write(project.resolve("articles/2025-01-02-deal.md"), """
                ---
                title: Deal
                date: 2025-01-02
                ---
                Microsoft said Azure grew. TikTok, owned by ByteDance, spends on Copilot.
                """);
        SampleProject.write(project.resolve("articles/2025-01-03-cloud.md"), """
                ---
                title: Cloud
                date: 2025-01-03
                ---
                Google and Oracle compete with Azure OpenAI.
                """);
    }

    private BuildReport build() throws Exception {
        return new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample())).build(BuildConfig.inFolder(project));
    }

    private String site(String path) throws Exception {
        return Files.readString(project.resolve("site").resolve(path));
    }

    @Test
    void fixesTypeAddsAliasAndWikidataId() throws Exception {
        SampleProject.write(project.resolve("articles/_entities.yaml"), """
                ByteDance:
                  type: Product
                  wikidata: Q55606242
                  aliases: [Bytedance Ltd, 字节跳动]
                """);
        assertTrue(build().ok());
        String page = site("entity/bytedance/index.html");
        assertTrue(page.contains("Product"), page);
        assertTrue(page.contains("Bytedance Ltd") && page.contains("字节跳动"), "aliases shown");
        assertTrue(page.contains("http://www.wikidata.org/entity/Q55606242"), "Wikidata link shown");
        String graph = site("data/graph.nt");
        assertTrue(graph.contains("<http://localhost:8080/entity/bytedance/> <http://www.w3.org/2002/07/owl#sameAs> "
                + "<http://www.wikidata.org/entity/Q55606242>"));
        assertTrue(graph.contains("<http://localhost:8080/entity/bytedance/> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Product>"));
    }

    @Test
    void mergeLeavesARedirectAtTheOldIri() throws Exception {
        SampleProject.write(project.resolve("articles/_entities.yaml"), """
                Azure OpenAI:
                  merge-into: Azure
                """);
        assertTrue(build().ok());
        assertFalse(Files.exists(project.resolve("site/entity/azure-openai/index.ttl")), "no entity left at the old IRI");
        String redirect = site("entity/azure-openai/index.html");
        assertTrue(redirect.contains("url=../../entity/azure/index.html"), redirect);
        String azure = site("entity/azure/index.html");
        assertTrue(azure.contains("Azure OpenAI"), "the merged name is an alias");
        assertTrue(azure.contains("2025-01-03-cloud"), "both articles lead to the one entity");
        assertTrue(site("data/graph.nt").contains("<http://localhost:8080/entity/azure-openai/> "
                + "<http://purl.org/dc/terms/isReplacedBy> <http://localhost:8080/entity/azure/>"));
        assertEquals(List.of(), LinkChecker.problems(project.resolve("site")));
    }

    @Test
    void notAnEntityDropsItsMentionsAndRelations() throws Exception {
        SampleProject.write(project.resolve("articles/_entities.yaml"), """
                ByteDance:
                  not-an-entity: true
                """);
        assertTrue(build().ok());
        assertFalse(Files.exists(project.resolve("site/entity/bytedance/index.html")));
        String graph = site("data/graph.nt");
        assertFalse(graph.contains("entity/bytedance"), "no mention, no relation");
        assertTrue(graph.contains("entity/tiktok"));
    }

    @Test
    void badEntriesAreReportedWithFileAndLineAndTheRestApplies() throws Exception {
        SampleProject.write(project.resolve("articles/_entities.yaml"), """
                ByteDance:
                  kind: Product
                Google:
                  type: Company
                TikTok:
                  merge-into: Nowhere Inc
                Oracle:
                  wikidata: Q19900
                """);
        BuildReport report = build();
        List<String> problems = report.problems().stream().map(Object::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches(".*_entities.yaml:2: 'ByteDance': unknown option 'kind'.*"), problems.get(0));
        assertTrue(problems.get(1).matches(".*_entities.yaml:4: 'Google': unknown entity type 'Company'.*"), problems.get(1));
        List<String> warnings = report.warnings().stream().map(Object::toString).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).matches(".*_entities.yaml:5: 'TikTok' should merge into 'Nowhere Inc', which no "
                + "article names; .*or delete the entry if that entity's article was deleted"), warnings.get(0));
        assertTrue(site("entity/oracle/index.html").contains("Q19900"), "the good entry still applies");
    }

    @Test
    void anEntryForANameNoArticleHasIsAWarningThatDoesNotFailTheBuild() throws Exception {
        SampleProject.write(project.resolve("articles/_entities.yaml"), """
                Oracle:
                  wikidata: Q19900
                Microsoft Azure Cloud:
                  merge-into: Azure
                Bytedance Group:
                  type: Organization
                """);
        BuildReport report = build();
        assertTrue(report.ok(), report.problems().toString());
        List<String> problems = report.warnings().stream().map(Object::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches(".*_entities.yaml:3: no article names 'Microsoft Azure Cloud', so this entry "
                + "changes nothing; .*or delete the entry if its article was deleted"), problems.get(0));
        assertTrue(problems.get(1).matches(".*_entities.yaml:5: no article names 'Bytedance Group'.*"), problems.get(1));
        assertTrue(site("entity/oracle/index.html").contains("Q19900"), "the good entry still applies");
        assertTrue(Files.exists(project.resolve("site/entity/azure/index.html")));
    }

    @Test
    void problemsOfTheFileAreReportedByAnUpToDateBuildToo() throws Exception {
        SampleProject.write(project.resolve("articles/_entities.yaml"), "Oracle:\n  type: Organisation\n");
        assertEquals(1, build().problems().size());
        BuildReport again = build();
        assertFalse(again.rendered());
        assertEquals(1, again.problems().size(), again.problems().toString());
    }

    @Test
    void anEntryNamingNoEntityIsWarnedAboutByEveryBuildWhileItIsThere() throws Exception {
        SampleProject.write(project.resolve("articles/_entities.yaml"), """
                Oracle:
                  wikidata: Q19900
                Microsoft Azure Cloud:
                  merge-into: Azure
                """);
        List<String> first = build().warnings().stream().map(Object::toString).toList();
        assertEquals(1, first.size(), first.toString());
        assertTrue(first.get(0).contains("_entities.yaml:3: no article names 'Microsoft Azure Cloud'"), first.get(0));
        BuildReport again = build();
        assertFalse(again.rendered(), "nothing changed: the site is up to date");
        assertEquals(first, again.warnings().stream().map(Object::toString).toList(),
                "the up-to-date build repeats the warning, file, line and fix");
        SampleProject.write(project.resolve("articles/_entities.yaml"), "Oracle:\n  wikidata: Q19900\n");
        assertEquals(List.of(), build().warnings(), "fixed: no warning");
        BuildReport upToDate = build();
        assertFalse(upToDate.rendered());
        assertEquals(List.of(), upToDate.warnings(), "and none repeated");
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() throws Exception {
        SampleProject.write(project.resolve("articles/_entities.yaml"), "ByteDance:\n  type: [Product\n");
        BuildReport report = build();
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).toString().contains("_entities.yaml:"), report.problems().toString());
    }
}
