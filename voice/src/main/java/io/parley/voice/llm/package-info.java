/**
 * The LLM stage on LangChain4j. {@link io.parley.voice.llm.ChatModels} builds the
 * {@link dev.langchain4j.model.chat.StreamingChatModel} an agent chose: the offline
 * {@link io.parley.voice.llm.FlowAgent}, an OpenAI-compatible server or Ollama. Tool calls in a reply run through
 * {@link io.parley.voice.llm.ToolExecutor} (deadline, partial failure, spoken fallback) over a
 * {@link io.parley.voice.llm.ToolRegistry}; {@link io.parley.voice.llm.BookingTools} are in-process demo tools.
 */
package io.parley.voice.llm;
