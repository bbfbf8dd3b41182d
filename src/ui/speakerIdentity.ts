/**
 * Who a quote or claim is counted and grouped under in the editor: the speaker's entity key when
 * the speaker is a named entity, else the words that describe the speaker ("a spokeswoman for the
 * regional water inspectorate"), so that an organisation the article describes but never names is
 * one speaker like any other. Null when the words are the outlet's own.
 */
export function speakerIdentity(said: { speaker: string | null; speakerKey: string | null }): string | null {
  return said.speakerKey ?? said.speaker;
}
