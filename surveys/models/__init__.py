from surveys.models.feedback import Feedback, FeedbackPage
from surveys.models.polls import Poll, PollChoice, PollTally, PollVote, PollVoteChoice
from surveys.models.questionnaires import (
    Invitation,
    Question,
    QuestionnaireAttempt,
    QuestionnairePage,
    QuestionnaireResponse,
)
from surveys.models.requests import (
    RequestType,
    ServiceRequest,
    ServiceRequestEvent,
    ServiceRequestPage,
)
from surveys.models.visitors import DailySalt, RefusedSubmission

__all__ = [
    "DailySalt",
    "Feedback",
    "FeedbackPage",
    "Invitation",
    "Poll",
    "PollChoice",
    "PollTally",
    "PollVote",
    "PollVoteChoice",
    "Question",
    "QuestionnaireAttempt",
    "QuestionnairePage",
    "QuestionnaireResponse",
    "RefusedSubmission",
    "RequestType",
    "ServiceRequest",
    "ServiceRequestEvent",
    "ServiceRequestPage",
]
