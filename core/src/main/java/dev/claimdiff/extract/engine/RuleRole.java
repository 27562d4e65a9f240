package dev.claimdiff.extract.engine;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a rule does with its match, declared in its rule file ({@code role: after}) and checked
 * when the file loads. Code reads a rule's role, never its name, so a rule can be renamed without
 * changing what it does.
 *
 * <p>Each role belongs to the rule files listed with it. The rules of a file that has roles of
 * its own ({@code quote}, {@code statement}, {@code source-citation}) must each declare one;
 * every other file has the one role {@link #MATCH}, which its rules take unless the file says
 * otherwise.
 */
public enum RuleRole {
  /** Quote sieve: matched right after the closing mark; the speaker is its group. */
  AFTER(Files.QUOTE),
  /** Quote sieve: matched right after the closing mark, naming no one we can resolve: null. */
  AFTER_UNRESOLVED(Files.QUOTE),
  /** Quote sieve: a match that ends right at the opening mark; the speaker is its group. */
  BEFORE(Files.QUOTE),
  /**
   * Quote sieve: a match that ends right at the opening mark without a subject
   * ({@code …, tetapi menambahkan, "…"}); the speaker is the sentence's first actor before it.
   */
  BEFORE_SUBJECT(Files.QUOTE),
  /** Quote sieve: the first speech frame earlier in the sentence; the speaker is its group. */
  FRAME(Files.QUOTE),
  /** Quote sieve: a frame earlier in the sentence that names no one: the speaker is null. */
  FRAME_UNRESOLVED(Files.QUOTE),

  /**
   * Reported speech {@code X mengatakan (bahwa) CLAUSE}: the clause after the match, a
   * complementizer optional; a clause holding an {@link #ELIDED_SUBJECT} match is that rule's.
   */
  VERB_CLAUSE(Files.STATEMENT),
  /** Reported speech {@code Menurut X, CLAUSE}: the clause after the match, a complementizer optional. */
  CUE_CLAUSE(Files.STATEMENT),
  /** Reported speech whose clause counts only after a complementizer ({@code bahwa}, {@code that}). */
  COMPLEMENT_CLAUSE(Files.STATEMENT),
  /**
   * A second reporting verb without a subject ({@code …, tetapi mengakui bahwa …}): reported
   * speech as {@link #COMPLEMENT_CLAUSE}, and it takes the clause from a {@link #VERB_CLAUSE}.
   */
  ELIDED_SUBJECT(Files.STATEMENT),
  /** Reported speech whose clause comes before the match ({@code …, kata Menteri X.}). */
  CLAUSE_BEFORE(Files.STATEMENT),
  /** A speech tag inside the clause ({@code BI, lanjut Perry, akan …}): the sentence without it. */
  INNER_TAG(Files.STATEMENT),

  /** A citation of an outlet the gazetteer knows as media; any other name is none. */
  KNOWN_CITATION(Files.SOURCE),
  /** A citation of media, or of a name the gazetteer does not know, as written. */
  CITATION(Files.SOURCE),
  /** A credit line closing the story, of known media only; the outlet crediting itself is none. */
  KNOWN_CREDIT_LINE(Files.SOURCE),
  /** A credit line closing the story; the outlet crediting itself is none. */
  CREDIT_LINE(Files.SOURCE),

  /** The match is a claim (or a mention) read from its named groups: every other rule file. */
  MATCH(ImmutableSet.of());

  /** The rule files whose roles are their own. */
  private static final class Files {
    static final ImmutableSet<String> QUOTE = ImmutableSet.of("quote");
    static final ImmutableSet<String> STATEMENT = ImmutableSet.of("statement");
    static final ImmutableSet<String> SOURCE = ImmutableSet.of("source-citation");
  }

  private final ImmutableSet<String> files;

  RuleRole(ImmutableSet<String> files) {
    this.files = files;
  }

  /** The role as a rule file writes it: {@code after-unresolved}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The role a rule file writes as {@code id}, or null when there is none. */
  static @Nullable RuleRole of(String id) {
    for (RuleRole role : values()) {
      if (role.id().equals(id)) {
        return role;
      }
    }
    return null;
  }

  /** The roles the rules of {@code file} ({@code quote}, {@code event-date}, …) may have. */
  static ImmutableSet<RuleRole> allowedIn(String file) {
    ImmutableSet<RuleRole> own = Arrays.stream(values())
        .filter(role -> role.files.contains(file))
        .collect(ImmutableSet.toImmutableSet());
    return own.isEmpty() ? ImmutableSet.of(MATCH) : own;
  }

  /** The role a rule of {@code file} has when it declares none, or null when it must declare one. */
  static @Nullable RuleRole defaultIn(String file) {
    ImmutableSet<RuleRole> allowed = allowedIn(file);
    return allowed.equals(ImmutableSet.of(MATCH)) ? MATCH : null;
  }

  /** The ids of {@code roles}, for messages: {@code after, before, …}. */
  static String ids(ImmutableSet<RuleRole> roles) {
    return roles.stream().map(RuleRole::id).collect(Collectors.joining(", "));
  }

  /** A quote sieve that looks right after the closing mark. */
  public boolean afterQuote() {
    return this == AFTER || this == AFTER_UNRESOLVED;
  }

  /** A quote sieve that looks before the opening mark, ending at it. */
  public boolean beforeQuote() {
    return this == BEFORE || this == BEFORE_SUBJECT;
  }

  /** A quote sieve that looks for a speech frame earlier in the sentence. */
  public boolean frame() {
    return this == FRAME || this == FRAME_UNRESOLVED;
  }

  /** A quote sieve whose match says the speaker is unknown. */
  public boolean unresolved() {
    return this == AFTER_UNRESOLVED || this == FRAME_UNRESOLVED;
  }
}
