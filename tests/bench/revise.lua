-- wrk: each request revises a random member's response in one wave with
-- random partial answers on the percent scale. MEMBERS_FILE lists the
-- members, WAVE names the wave, TOKEN authorises.
local members = {}
local wave = os.getenv("WAVE")
local token = os.getenv("TOKEN")
for line in io.lines(os.getenv("MEMBERS_FILE")) do
  members[#members + 1] = line
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(seed * 7919)
end

function request()
  local parts = { '"1":' .. math.random(0, 100) }
  for item = 2, 26 do
    local kind = math.random(4)
    if kind == 2 then
      parts[#parts + 1] = '"' .. item .. '":null'
    elseif kind > 2 then
      parts[#parts + 1] = '"' .. item .. '":' .. math.random(0, 100)
    end
  end
  local member = members[math.random(#members)]
  return wrk.format("PUT", "/v1/waves/" .. wave .. "/responses/" .. member,
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
    '{"answers":{' .. table.concat(parts, ",") .. '}}')
end
