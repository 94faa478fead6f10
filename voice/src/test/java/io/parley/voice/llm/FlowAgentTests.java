package io.parley.voice.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.parley.voice.agent.AgentConfigs;
import io.parley.voice.text.TextNormalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowAgentTests {

    /** Thursday, 12 March 2026. */
    private static final Clock THURSDAY = Clock.fixed(Instant.parse("2026-03-12T10:00:00Z"), ZoneOffset.UTC);

    private final BookingBook book = new BookingBook(1, new Random(7));
    private final ToolExecutor tools = new ToolExecutor(new ToolRegistry().registerAll(BookingTools.all(book)),
            Duration.ofSeconds(5));
    private final FlowAgent agent = new FlowAgent(AgentConfigs.bookingSample(), THURSDAY);
    private final Caller caller = new Caller(agent, tools);

    @AfterEach
    void closeTools() {
        tools.close();
    }

    @Test
    void aBookingConversationEndsWithTheConfirmationCode() {
        assertThat(caller.says("Hi, I'd like to book a table for four")).isEqualTo("What day would you like to come in?");
        assertThat(caller.says("saturday")).isEqualTo("And at what time?");
        assertThat(caller.says("seven thirty pm")).isEqualTo("Would you like to sit inside, on the patio, or at the bar?");
        assertThat(caller.says("the patio please")).isEqualTo("What name should I put the booking under?");

        String confirmation = caller.says("it's Jo Doe");

        Matcher spokenCode = Pattern.compile("code is ([A-Z0-9]{5})\\.$")
                .matcher(confirmation);
        assertThat(spokenCode.find()).as(confirmation).isTrue();
        String code = spokenCode.group(1);
        assertThat(confirmation).isEqualTo("One moment, please. You're all set, Jo Doe. A table for 4 on the patio "
                + "on Saturday, March 14th at 7:30 pm. Your confirmation code is " + code + ".");
        assertThat(book.find(code)).containsEntry("date", "2026-03-14").containsEntry("time", "19:30")
                .containsEntry("party_size", 4).containsEntry("seating", "on the patio").containsEntry("name", "Jo Doe");
        assertThat(TextNormalizer.normalize(confirmation)).contains("seven thirty p m")
                .contains("code is " + String.join(" ", spelled(code)) + ".");
    }

    @Test
    void theToolCallTravelsInLangChain4jsShape() {
        caller.history.add(UserMessage.from("book a table for two tomorrow at 8 pm"));
        caller.history.add(Caller.ask(agent, caller.history).message());
        caller.history.add(UserMessage.from("inside"));
        caller.history.add(Caller.ask(agent, caller.history).message());
        caller.history.add(UserMessage.from("Sam Lee"));

        AiMessage call = Caller.ask(agent, caller.history).message();

        assertThat(call.hasToolExecutionRequests()).isTrue();
        ToolExecutionRequest request = call.toolExecutionRequests().getFirst();
        assertThat(request.name()).isEqualTo("create_booking");
        assertThat(request.arguments()).isEqualTo(
                "{\"party_size\":2,\"date\":\"2026-03-13\",\"time\":\"20:00\",\"seating\":\"inside\",\"name\":\"Sam Lee\"}");
        assertThat(call.attributes()).containsEntry(FlowAgent.INTENT, "book_table");
    }

    @Test
    void streamsTheReplyTokenByToken() {
        caller.history.add(UserMessage.from("what time do you close"));
        Caller.Reply reply = Caller.ask(agent, caller.history);
        assertThat(reply.tokens()).hasSizeGreaterThan(10);
        assertThat(String.join("", reply.tokens())).isEqualTo(reply.text());
    }

    @Test
    void cancellingTheStreamStopsTheReplyAtOnce() {
        List<String> tokens = new ArrayList<>();
        AtomicBoolean completed = new AtomicBoolean();
        agent.chat(ChatRequest.builder()
                .messages(UserMessage.from("what are your opening hours")).build(),
                new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(PartialResponse partial,
                                                  PartialResponseContext context) {
                        tokens.add(partial.text());
                        if (tokens.size() == 3) {
                            context.streamingHandle().cancel();
                        }
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        completed.set(true);
                    }

                    @Override
                    public void onError(Throwable error) {
                        completed.set(true);
                    }
                });
        assertThat(String.join("", tokens)).isEqualTo("We're open Tuesday");
        assertThat(completed).isFalse();
    }

    @Test
    void answersAQuestionFromTheFaq() {
        assertThat(caller.says("what time does the kitchen close?")).startsWith("We're open Tuesday to Sunday");
        assertThat(caller.says("do you have any vegan dishes")).startsWith("Yes. About a third of the menu");
    }

    @Test
    void answersAQuestionInTheMiddleOfABookingAndPicksUpWhereItWas() {
        caller.says("I want to reserve a table for 3");
        assertThat(caller.says("wait, are you open on sunday?"))
                .startsWith("We're open Tuesday to Sunday").endsWith("What day would you like to come in?");
        assertThat(caller.says("sunday then")).isEqualTo("And at what time?");
    }

    @Test
    void fallsBackWhenItDoesNotUnderstand() {
        assertThat(caller.says("purple elephants dance quietly"))
                .isEqualTo("Sorry, I didn't catch that. I can book a table, or tell you about our hours, menu and parking.");
        caller.says("book a table");
        assertThat(caller.says("banana")).isEqualTo("Sorry, I didn't catch that. How many people will be joining?");
    }

    @Test
    void toleratesSpeechRecognitionSlips() {
        assertThat(caller.says("i would like to make a reservations for to night")).isEqualTo(
                "How many people will be joining?");
        assertThat(caller.says("where can i parc")).startsWith("We're at 21 Harbor Street.")
                .endsWith("How many people will be joining?");
    }

    @Test
    void resumesCorrectlyAfterItsLastLineWasCutShort() {
        caller.says("book a table for two");
        // The caller cut in: only part of the question was played, so only that part is in the context.
        caller.history.set(caller.history.size() - 1, AiMessage.from("What day would"));
        assertThat(caller.says("tomorrow")).isEqualTo("And at what time?");

        // Cut off before a word was played: no agent line at all.
        caller.history.removeLast();
        assertThat(caller.says("8 pm")).isEqualTo("Would you like to sit inside, on the patio, or at the bar?");
        caller.says("at the bar");
        String confirmation = caller.says("Kim");
        caller.history.set(caller.history.size() - 1, AiMessage.from("You're all set, Kim. A table"));

        assertThat(caller.says("sorry, what was that?")).isEqualTo(confirmation.replace("One moment, please. ", ""));
        assertThat(book.size()).isOne();
    }

    @Test
    void asksForAnotherTimeWhenTheToolSaysItIsFull() {
        book.book(Map.of("date", "2026-03-14", "time", "19:30", "party_size", 2));
        caller.says("a table for 2 on saturday at 7:30 pm");
        caller.says("inside");
        assertThat(caller.says("Ana")).isEqualTo("One moment, please. Sorry, we're fully booked at 7:30 pm. "
                + "The nearest free time is 8 pm. And at what time?");
        assertThat(caller.says("eight")).startsWith("One moment, please. You're all set, Ana. A table for 2 inside "
                + "on Saturday, March 14th at 8:00.");
        assertThat(book.size()).isEqualTo(2);
    }

    @Test
    void asksAgainForWhatItIsWaitingForWhenTheCallerStaysSilent() {
        caller.history.add(SystemMessage.from("Be brief."));
        String greeting = caller.agentTurn();
        assertThat(caller.agentTurn()).isEqualTo(greeting);
        caller.says("table for 2 please");
        assertThat(caller.agentTurn()).isEqualTo("What day would you like to come in?");
    }

    @Test
    void aBookingSystemThatHangsStillGetsTheCallerAnAnswer() {
        AgentTool hanging = new AgentTool() {
            @Override
            public ToolSpecification specification() {
                return ToolSpecification.builder().name("create_booking").build();
            }

            @Override
            public Object execute(Map<String, Object> arguments) throws InterruptedException {
                new CountDownLatch(1).await();
                return Map.of();
            }
        };
        try (ToolExecutor slow = new ToolExecutor(new ToolRegistry().register(hanging), Duration.ofMillis(200))) {
            Caller impatient = new Caller(agent, slow);
            impatient.says("table for 2 tomorrow at 8 pm");
            impatient.says("inside");
            assertThat(impatient.says("Lee")).isEqualTo("One moment, please. Sorry, this is taking longer than "
                    + "expected. I couldn't get an answer from our system in time. Is there anything else I can help "
                    + "you with?");
        }
    }

    @Test
    void handsOffToAPersonWhenAsked() {
        caller.history.add(UserMessage.from("can I talk to a real person please"));
        AiMessage reply = Caller.ask(agent, caller.history).message();
        assertThat(reply.text()).isEqualTo("Of course. Let me put you through to the host stand. One moment.");
        assertThat(FlowAgent.isHandoff(reply)).isTrue();
    }

    @Test
    void askingForAPersonInsteadOfGivingANameHandsOff() {
        caller.says("a table for 2 tomorrow at 8 pm");
        assertThat(caller.says("on the patio")).isEqualTo("What name should I put the booking under?");
        assertThat(caller.says("can I speak to a person")).endsWith("Let me put you through to the host stand. One moment.");
        assertThat(FlowAgent.isHandoff((AiMessage) caller.history.getLast())).isTrue();
        assertThat(book.size()).isZero();
    }

    @Test
    void greetsWhenTheCallerHasNotSpokenYet() {
        caller.history.add(SystemMessage.from(AgentConfigs.bookingSample().instructions()));
        assertThat(caller.agentTurn()).startsWith("Thanks for calling Trattoria Parley.");
    }

    @Test
    void tellsSpeechRecognitionWhatToListenForNext() {
        assertThat(agent.expectedPhrases(caller.history)).contains("book", "table", "reservation", "vegetarian");
        caller.says("book a table for 2 tomorrow at 7 pm");
        assertThat(agent.expectedPhrases(caller.history)).contains("inside", "on the patio", "at the bar")
                .doesNotContain("vegetarian");
        caller.says("inside");
        assertThat(caller.history.getLast()).isInstanceOf(AiMessage.class);
        caller.history.add(UserMessage.from("uh"));
        assertThat(agent.expectedPhrases(List.copyOf(caller.history))).contains("my name is");
    }

    private static List<String> spelled(String code) {
        return code.chars().mapToObj(c -> Character.isDigit(c)
                ? List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine").get(c - '0')
                : String.valueOf((char) c)).toList();
    }
}
