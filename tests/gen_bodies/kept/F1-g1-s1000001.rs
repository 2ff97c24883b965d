// finding: F1-return-in-select-try-mode
// seed: 1000001
// expect `drain` => w26- w1x s28 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w26- w1x s28 end close=Ok
// expect `take 0 mid 1 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 0 mid 2 close` => w26- w1x s28 end close=Ok
// expect `take 0 mid 2 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 0 mid 3 close` => w26- w1x s28 end close=Ok
// expect `take 0 mid 3 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 1 close` => w26- w1x s28 end close=Ok
// expect `take 1 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 1 mid 1 close` => w26- w1x s28 end close=Ok
// expect `take 1 mid 1 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 1 mid 2 close` => w26- w1x s28 end close=Ok
// expect `take 1 mid 2 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 1 mid 3 close` => w26- w1x s28 end close=Ok
// expect `take 1 mid 3 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 2 close` => w26- w1x s28 end close=Ok
// expect `take 2 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 2 mid 1 close` => w26- w1x s28 end close=Ok
// expect `take 2 mid 1 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 2 mid 2 close` => w26- w1x s28 end close=Ok
// expect `take 2 mid 2 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 2 mid 3 close` => w26- w1x s28 end close=Ok
// expect `take 2 mid 3 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 8 mid 1 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 5 mid 6 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 8 cancel` => w26- w1x s28 end cancel=Ok
// expect `take 3 cancel` => w26- w1x s28 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 3) => {
            let m2: u32 = match ctx.pick(2, 0, 3) {
                0 => {
                    W::new(&ctx, 3, 3).await;
                    if ctx.ch(4, 0b1, 1) {
                        tokio::join!(W::new(&ctx, 5, 0), async { W::new(&ctx, 6, 1).await; ctx.log("j6"); });
                    } else {
                        yield_!(Ok(7));
                    }
                    yield_!(Ok(8));
                    ctx.check(9, 0b1, 1)?;
                    return;
                    ctx.log("s10");
                    return;
                }
                1 => {
                    yield_!(Ok(11));
                    49
                }
                _ => {
                    let b12: u32 = 'l12: {
                        yield_!(Ok(13));
                        yield_!(Err(14));
                        yield_!(Ok(15));
                        W::new(&ctx, 16, 0).await;
                        16
                    };
                    ctx.log(format!("b12={b12}"));
                    25
                }
            };
            ctx.log(format!("m2={m2}"));
            let Some(v17) = ctx.opt(17, 0b1001, 4) else {
                yield_!(Ok(18));
                yield_!(Ok(19));
                return;
            };
            ctx.log(format!("L{v17}"));
            let b20: u32 = 'l20: {
                tokio::select! {
                    _ = W::new(&ctx, 21, 3) => {
                        ctx.log("s22");
                    }
                    _ = W::new(&ctx, 23, 2) => {
                        ctx.log("s24");
                    }
                    else => {
                        ctx.log("s25");
                    }
                }
                49
            };
            ctx.log(format!("b20={b20}"));
        }
        _ = W::new(&ctx, 26, 0), if ctx.ch(27, 0b1001, 4) => {
            ctx.log("s28");
        }
    }
}
