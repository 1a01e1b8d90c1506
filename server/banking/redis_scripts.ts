/**
 * The sandbox core's atomic steps on Redis. Each script checks and changes in one step and appends its own
 * audit entry to the stream, so no interleaving can overdraw an account, exceed a limit or lose an entry.
 */
import { LuaScript } from '../redis/lua_script.ts';

/**
 * One payment (transfer or bill): idempotency, ownership, single and daily limits, balance, then debit,
 * credit, both histories, the velocity set, the bill's amount due, the audit entry and the stored result.
 *
 * KEYS: 1 idempotency, 2 from account, 3 to account, 4 from daily-out counter, 5 from history,
 *       6 to history, 7 customer's transfer times (zset), 8 audit stream, 9 customer's bill amounts
 * ARGV: 1 amount, 2 fingerprint, 3 idempotency ttl sec, 4 now ms, 5 transfer id, 6 customer id,
 *       7 payer-side label, 8 payee-side label, 9 memo, 10 biller id or '', 11 audit data json,
 *       12 audit maxlen, 13 history max, 14 kind, 15 from account id, 16 to account id
 */
export const PAYMENT_SCRIPT = new LuaScript(`
local amount = tonumber(ARGV[1])
local prior = redis.call('GET', KEYS[1])
if prior then
  local rec = cjson.decode(prior)
  if rec.fp ~= ARGV[2] then return cjson.encode({status = 'rejected', code = 'E_DUPLICATE'}) end
  return rec.result
end
local function audit(outcome, extra)
  local data = cjson.decode(ARGV[11])
  for k, v in pairs(extra) do data[k] = v end
  redis.call('XADD', KEYS[8], 'MAXLEN', '~', ARGV[12], '*', 'type', ARGV[14] .. '.' .. outcome,
    'at', ARGV[4], 'actor', ARGV[6], 'data', cjson.encode(data))
end
local function finish(result)
  redis.call('SET', KEYS[1], cjson.encode({fp = ARGV[2], result = result}), 'EX', ARGV[3])
  return result
end
local function reject(code)
  audit('rejected', {code = code})
  return finish(cjson.encode({status = 'rejected', code = code}))
end
local from = redis.call('HMGET', KEYS[2], 'customerId', 'balance', 'singleLimit', 'dailyLimit')
if from[1] ~= ARGV[6] or KEYS[2] == KEYS[3] or redis.call('EXISTS', KEYS[3]) == 0
  or not amount or amount <= 0 or amount ~= math.floor(amount) then
  return reject('E_ACCOUNT_UNAVAILABLE')
end
local used = tonumber(redis.call('GET', KEYS[4]) or '0')
if amount > tonumber(from[3]) or used + amount > tonumber(from[4]) then return reject('E_LIMIT_EXCEEDED') end
if tonumber(from[2]) < amount then return reject('E_INSUFFICIENT_FUNDS') end

local fromAfter = redis.call('HINCRBY', KEYS[2], 'balance', -amount)
local toAfter = redis.call('HINCRBY', KEYS[3], 'balance', amount)
redis.call('INCRBY', KEYS[4], amount)
redis.call('EXPIRE', KEYS[4], 172800)
local now = tonumber(ARGV[4])
redis.call('LPUSH', KEYS[5], cjson.encode({id = ARGV[5], accountId = ARGV[15], at = now, amount = -amount,
  balanceAfter = fromAfter, counterparty = ARGV[7], memo = ARGV[9]}))
redis.call('LTRIM', KEYS[5], 0, tonumber(ARGV[13]) - 1)
redis.call('LPUSH', KEYS[6], cjson.encode({id = ARGV[5], accountId = ARGV[16], at = now, amount = amount,
  balanceAfter = toAfter, counterparty = ARGV[8], memo = ARGV[9]}))
redis.call('LTRIM', KEYS[6], 0, tonumber(ARGV[13]) - 1)
if ARGV[14] == 'transfer' then
  redis.call('ZADD', KEYS[7], now, ARGV[5])
  redis.call('ZREMRANGEBYSCORE', KEYS[7], '-inf', now - 86400000)
  redis.call('PEXPIRE', KEYS[7], 86400000)
end
if ARGV[10] ~= '' then
  local due = tonumber(redis.call('HGET', KEYS[9], ARGV[10]) or '0')
  redis.call('HSET', KEYS[9], ARGV[10], math.max(0, due - amount))
end
audit('completed', {transferId = ARGV[5]})
return finish(cjson.encode({status = 'completed', transferId = ARGV[5], amount = amount,
  fromBalanceAfter = fromAfter, at = now}))
`);

/**
 * A card status change with its allowed transitions, audited.
 *
 * KEYS: 1 card, 2 audit stream
 * ARGV: 1 customer id, 2 target status, 3 allowed current statuses (comma list), 4 now ms, 5 change name,
 *       6 audit data json, 7 audit maxlen
 */
export const CARD_SCRIPT = new LuaScript(`
local card = redis.call('HMGET', KEYS[1], 'customerId', 'status')
if card[1] ~= ARGV[1] then return 'rejected:E_ACCOUNT_UNAVAILABLE' end
if card[2] == ARGV[2] then return 'unchanged' end
local allowed = false
for s in string.gmatch(ARGV[3], '[^,]+') do
  if s == card[2] then allowed = true end
end
if not allowed then return 'rejected:E_CARD_STATE' end
redis.call('HSET', KEYS[1], 'status', ARGV[2])
local data = cjson.decode(ARGV[6])
data.from = card[2]
data.to = ARGV[2]
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[7], '*', 'type', 'card.' .. ARGV[5], 'at', ARGV[4],
  'actor', ARGV[1], 'data', cjson.encode(data))
return 'changed'
`);
