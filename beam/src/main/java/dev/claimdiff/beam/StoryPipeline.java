package dev.claimdiff.beam;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.ArticleResult;
import dev.claimdiff.Claimdiff;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.ClaimAligner;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.ingest.InputResolver;
import dev.claimdiff.ingest.InputSource;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import dev.claimdiff.story.StoryFeatures;
import dev.claimdiff.story.StoryFindings;
import dev.claimdiff.story.StoryGroup;
import dev.claimdiff.story.StoryGrouper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * claimdiff as an Apache Beam pipeline, for feeds and archives larger than one machine: the same
 * core API as {@code claimdiff compare}, spread over a runner's workers.
 *
 * <ol>
 *   <li>the launcher lists the input files in {@code compare}'s order (files, directories in
 *       sorted path order, {@code .json} and {@code .jsonl} records);
 *   <li>workers read and extract each file's articles ({@link Claimdiff#readAndExtract}), a map
 *       with no shared state; a file that holds an article whose wire dateline gives a day
 *       without a year ({@code JAKARTA, Aug 19 (Reuters) -}) is extracted again once the
 *       publication days of every article are known, which give its year as {@code compare}
 *       gives it;
 *   <li>one worker groups every article's {@link StoryFeatures} into stories (a few hundred
 *       bytes per article; {@link StoryGrouper}, as {@code compare} does);
 *   <li>the articles are keyed by story, and workers align each story on its own
 *       ({@link StoryFindings});
 *   <li>each story's report, a {@code claimdiff/report-v1} JSON of its articles, claims,
 *       findings and its one {@code stories} entry, is written to {@code OUTPUT/S<n>.json}.
 * </ol>
 *
 * <p>Each story's findings are those {@code compare} gives for that story on the same inputs
 * (numbered within the story's report). Article ids must be unique across the inputs ({@code
 * compare} renames a repeated id; the pipeline refuses it). Inputs that cannot be read are
 * listed in no story.
 */
public final class StoryPipeline {

  /** The pipeline's own options; the runner's come with them ({@code --runner=…}). */
  public interface Options extends PipelineOptions {
    @Description("Input files or directories, comma-separated (as claimdiff compare takes them)")
    @Validation.Required
    String getInput();

    void setInput(String value);

    @Description("Directory the story reports are written to (S1.json, S2.json, …)")
    @Validation.Required
    String getOutput();

    void setOutput(String value);
  }

  private StoryPipeline() {}

  /** Runs the pipeline on the runner the arguments name (the DirectRunner by default). */
  public static void main(String[] args) {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, Arrays.asList(options.getInput().split(",")), options.getOutput());
    pipeline.run().waitUntilFinish();
  }

  /** Adds the pipeline's steps over these inputs to {@code pipeline}. */
  public static void build(Pipeline pipeline, List<String> inputs, String outputDirectory) {
    List<KV<Integer, String>> files = new ArrayList<>();
    InputResolver.resolve(inputs, source -> {
      if (!source.isStdin()) {
        files.add(KV.of(files.size(), source.displayPath()));
      }
    }, failure -> { });
    SerializableCoder<ArticleResult> resultCoder = SerializableCoder.of(ArticleResult.class);
    KvCoder<String, ArticleResult> ordered = KvCoder.of(StringUtf8Coder.of(), resultCoder);

    // 1. read and extract: (order key, article), by article id; a file with a yearless dateline
    // waits for the feed's publication days, which give its year
    TupleTag<KV<String, KV<String, ArticleResult>>> extractedTag = new TupleTag<>() { };
    TupleTag<KV<Integer, String>> yearlessTag = new TupleTag<>() { };
    TupleTag<String> daysTag = new TupleTag<>() { };
    KvCoder<Integer, String> fileCoder = KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of());
    KvCoder<String, KV<String, ArticleResult>> articleCoder =
        KvCoder.of(StringUtf8Coder.of(), ordered);
    PCollectionTuple firstPass = pipeline
        .apply("ListFiles", Create.of(files).withCoder(fileCoder))
        .apply("Spread", Reshuffle.viaRandomKey())
        .apply("ReadAndExtract", ParDo.of(new ExtractFn(extractedTag, yearlessTag, daysTag))
            .withOutputTags(extractedTag, TupleTagList.of(yearlessTag).and(daysTag)));
    PCollectionView<List<String>> days = firstPass.get(daysTag).setCoder(StringUtf8Coder.of())
        .apply("DistinctDays", Distinct.create())
        .apply("AllDays", View.asList());
    PCollection<KV<String, KV<String, ArticleResult>>> dated = firstPass.get(yearlessTag)
        .setCoder(fileCoder)
        .apply("DateYearless", ParDo.of(new DateYearlessFn(days)).withSideInputs(days))
        .setCoder(articleCoder);
    PCollection<KV<String, KV<String, ArticleResult>>> articles = PCollectionList
        .of(firstPass.get(extractedTag).setCoder(articleCoder)).and(dated)
        .apply("AllArticles", Flatten.pCollections());

    // 2. group into stories on one worker: (article id, story number), and each story
    PCollection<KV<Integer, KV<String, StoryFeatures>>> features = articles
        .apply("Features", ParDo.of(new FeaturesFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(),
            SerializableCoder.of(StoryFeatures.class))));
    PCollection<KV<Integer, StoryGroup>> stories = features
        .apply("OneFeed", GroupByKey.create())
        .apply("GroupStories", ParDo.of(new GroupFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(StoryGroup.class)));
    PCollection<KV<String, Integer>> membership = stories
        .apply("Members", ParDo.of(new MembersFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of()));

    // 3. key the articles by story
    TupleTag<KV<String, ArticleResult>> articleTag = new TupleTag<>();
    TupleTag<Integer> storyTag = new TupleTag<>();
    PCollection<KV<Integer, KV<String, ArticleResult>>> byStory = KeyedPCollectionTuple
        .of(articleTag, articles).and(storyTag, membership)
        .apply("JoinStories", CoGroupByKey.create())
        .apply("KeyByStory", ParDo.of(new KeyByStoryFn(articleTag, storyTag)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ordered));

    // 4. align each story and write its report
    TupleTag<KV<String, ArticleResult>> memberTag = new TupleTag<>();
    TupleTag<StoryGroup> groupTag = new TupleTag<>();
    KeyedPCollectionTuple.of(memberTag, byStory).and(groupTag, stories)
        .apply("JoinMembers", CoGroupByKey.create())
        .apply("AlignAndWrite", ParDo.of(new AlignAndWriteFn(memberTag, groupTag, outputDirectory)));
  }

  /**
   * Reads and extracts one input file: (article id, (order key, result)) per article read, and
   * each article's publication day; a file holding an article whose dateline gives no year goes
   * to the yearless output instead, to be extracted again with the feed's days.
   */
  static final class ExtractFn extends DoFn<KV<Integer, String>, KV<String, KV<String, ArticleResult>>> {
    private final TupleTag<KV<String, KV<String, ArticleResult>>> extractedTag;
    private final TupleTag<KV<Integer, String>> yearlessTag;
    private final TupleTag<String> daysTag;
    private transient Claimdiff engine;

    ExtractFn(TupleTag<KV<String, KV<String, ArticleResult>>> extractedTag,
        TupleTag<KV<Integer, String>> yearlessTag, TupleTag<String> daysTag) {
      this.extractedTag = extractedTag;
      this.yearlessTag = yearlessTag;
      this.daysTag = daysTag;
    }

    @Setup
    public void setUp() {
      engine = Claimdiff.create(Claimdiff.Options.defaults().withThreads(1));
    }

    @ProcessElement
    public void process(@Element KV<Integer, String> file, MultiOutputReceiver out) {
      ImmutableList<ArticleResult> results = engine.readAndExtract(List.of(file.getValue()));
      boolean yearless = false;
      for (ArticleResult r : results) {
        LocalDate day = r.publishedDay();
        if (day != null) {
          out.get(daysTag).output(day.toString());
        }
        yearless |= r.yearlessDay() != null;
      }
      if (yearless) {
        out.get(yearlessTag).output(file);
      } else {
        emit(file.getKey(), results, out.get(extractedTag)::output);
      }
    }
  }

  /** Extracts again a file holding a yearless dateline, with the feed's publication days. */
  static final class DateYearlessFn
      extends DoFn<KV<Integer, String>, KV<String, KV<String, ArticleResult>>> {
    private final PCollectionView<List<String>> days;
    private transient Claimdiff engine;

    DateYearlessFn(PCollectionView<List<String>> days) {
      this.days = days;
    }

    @Setup
    public void setUp() {
      engine = Claimdiff.create(Claimdiff.Options.defaults().withThreads(1));
    }

    @ProcessElement
    public void process(@Element KV<Integer, String> file, ProcessContext context,
        OutputReceiver<KV<String, KV<String, ArticleResult>>> out) {
      List<LocalDate> runDays = context.sideInput(days).stream().map(LocalDate::parse).toList();
      emit(file.getKey(), engine.readAndExtract(List.of(file.getValue()), runDays), out::output);
    }
  }

  /** (article id, (order key, result)) for each article of a file that is to be aligned. */
  private static void emit(int fileIndex, List<ArticleResult> results,
      Consumer<KV<String, KV<String, ArticleResult>>> out) {
    for (int i = 0; i < results.size(); i++) {
      ArticleResult r = results.get(i);
      if (r.story() != null) {
        String order = String.format(Locale.ROOT, "%010d.%010d", fileIndex, i);
        out.accept(KV.of(r.entry().id(), KV.of(order, r)));
      }
    }
  }

  /** Every article's story features, under one key, with its order key. */
  static final class FeaturesFn
      extends DoFn<KV<String, KV<String, ArticleResult>>, KV<Integer, KV<String, StoryFeatures>>> {
    @ProcessElement
    public void process(@Element KV<String, KV<String, ArticleResult>> a,
        OutputReceiver<KV<Integer, KV<String, StoryFeatures>>> out) {
      StoryFeatures story = a.getValue().getValue().story();
      if (story != null) {
        out.output(KV.of(0, KV.of(a.getValue().getKey(), story)));
      }
    }
  }

  /** Groups the whole feed into stories, numbered as compare numbers them. */
  static final class GroupFn
      extends DoFn<KV<Integer, Iterable<KV<String, StoryFeatures>>>, KV<Integer, StoryGroup>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, StoryFeatures>>> feed,
        OutputReceiver<KV<Integer, StoryGroup>> out) {
      List<KV<String, StoryFeatures>> inOrder = new ArrayList<>();
      feed.getValue().forEach(inOrder::add);
      inOrder.sort(Comparator.comparing(KV::getKey));
      List<StoryFeatures> articles = inOrder.stream().map(KV::getValue).toList();
      List<StoryGroup> groups = articles.size() == 1
          ? List.of(StoryGrouper.oneStory(articles)) : new StoryGrouper().group(articles);
      for (int i = 0; i < groups.size(); i++) {
        out.output(KV.of(i + 1, groups.get(i)));
      }
    }
  }

  /** (article id, story number) for each article of each story. */
  static final class MembersFn extends DoFn<KV<Integer, StoryGroup>, KV<String, Integer>> {
    @ProcessElement
    public void process(@Element KV<Integer, StoryGroup> story, OutputReceiver<KV<String, Integer>> out) {
      for (String article : story.getValue().articles()) {
        out.output(KV.of(article, story.getKey()));
      }
    }
  }

  /** Each article under each story it belongs to. */
  static final class KeyByStoryFn
      extends DoFn<KV<String, CoGbkResult>, KV<Integer, KV<String, ArticleResult>>> {
    private final TupleTag<KV<String, ArticleResult>> articleTag;
    private final TupleTag<Integer> storyTag;

    KeyByStoryFn(TupleTag<KV<String, ArticleResult>> articleTag, TupleTag<Integer> storyTag) {
      this.articleTag = articleTag;
      this.storyTag = storyTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined,
        OutputReceiver<KV<Integer, KV<String, ArticleResult>>> out) {
      List<KV<String, ArticleResult>> articles = new ArrayList<>();
      joined.getValue().getAll(articleTag).forEach(articles::add);
      if (articles.size() > 1) {
        throw new IllegalArgumentException("article id given twice: " + joined.getKey()
            + " (the pipeline needs unique ids; claimdiff compare renames them)");
      }
      for (Integer story : joined.getValue().getAll(storyTag)) {
        articles.forEach(a -> out.output(KV.of(story, a)));
      }
    }
  }

  /** Aligns one story's articles and writes its report. */
  static final class AlignAndWriteFn extends DoFn<KV<Integer, CoGbkResult>, Void> {
    private final TupleTag<KV<String, ArticleResult>> memberTag;
    private final TupleTag<StoryGroup> groupTag;
    private final String outputDirectory;
    private transient ClaimAligner aligner;

    AlignAndWriteFn(TupleTag<KV<String, ArticleResult>> memberTag, TupleTag<StoryGroup> groupTag,
        String outputDirectory) {
      this.memberTag = memberTag;
      this.groupTag = groupTag;
      this.outputDirectory = outputDirectory;
    }

    @Setup
    public void setUp() {
      aligner = new ClaimAligner();
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined) {
      StoryGroup group = joined.getValue().getOnly(groupTag);
      List<KV<String, ArticleResult>> members = new ArrayList<>();
      joined.getValue().getAll(memberTag).forEach(members::add);
      members.sort(Comparator.comparing(KV::getKey));
      Report report = storyReport(aligner, joined.getKey(), group,
          members.stream().map(KV::getValue).toList());
      String name = outputDirectory.endsWith("/") ? outputDirectory : outputDirectory + "/";
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(
          FileSystems.matchNewResource(name + "S" + joined.getKey() + ".json", false),
          MimeTypes.TEXT))) {
        out.write(new JsonReportWriter().toJson(report).getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the report of story S" + joined.getKey(), e);
      }
    }
  }

  /**
   * The report of one story: its articles in input order, their claims, the findings of aligning
   * them (numbered within the story) and its one {@code stories} entry.
   */
  static Report storyReport(ClaimAligner aligner, int number, StoryGroup group,
      List<ArticleResult> members) {
    List<ArticleEntry> entries = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<ArticleDigest> digests = new ArrayList<>();
    for (ArticleResult r : members) {
      entries.add(r.entry());
      claims.addAll(r.claims());
      if (r.digest() != null) {
        digests.add(r.digest());
      }
    }
    ClaimAligner.Alignment alignment = StoryFindings.align(aligner, group, digests, claims);
    StoryFindings.Merged merged =
        StoryFindings.merge(List.of(group), List.of(alignment.findings()), claims);
    var story = merged.stories().get(0);
    return new Report(Report.SCHEMA, ImmutableList.copyOf(entries), ImmutableList.copyOf(claims),
        merged.findings(), alignment.notes(), ImmutableList.of(new dev.claimdiff.report.Story(
            "S" + number, story.label(), story.articles(), story.findings())));
  }
}
