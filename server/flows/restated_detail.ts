/**
 * A detail said again in the middle of a flow ("上午十点" when the morning was already heard, "陆家嘴那个" for the
 * branch already chosen): the flow notes it and asks what it still needs. It is not a question to look up:
 * looked up, "上午十点" while the phone number was asked found the appointment-booking article. A message that
 * asks something while naming a known detail ("陆家嘴支行几点开门") is still a question, answered as before.
 */
const ASKS =
  /[?？]|吗|么|呢|几点|几号|多少|多久|怎么|怎样|什么|啥|哪|为什么|为啥|能不能|可不可以|是不是|要不要|\b(?:how|what|when|where|which|why|who|can|could|is|are|do|does|will|would)\b/i;

export function onlyRestates(text: string): boolean {
  return !ASKS.test(text);
}
