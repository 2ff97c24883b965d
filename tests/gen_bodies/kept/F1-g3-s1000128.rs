// finding: F1-return-in-select-try-mode
// seed: 1000128
// expect `drain` => w19- w2x s20 b1=30 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 0 mid 1 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 0 mid 1 drop` => w19- w2x s20 b1=30 end drop
// expect `take 0 mid 2 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 0 mid 2 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 0 mid 2 drop` => w19- w2x s20 b1=30 end drop
// expect `take 0 mid 3 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 0 mid 3 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 0 mid 3 drop` => w19- w2x s20 b1=30 end drop
// expect `take 1 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 1 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 1 drop` => w19- w2x s20 b1=30 end drop
// expect `take 1 mid 1 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 1 mid 1 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 1 mid 1 drop` => w19- w2x s20 b1=30 end drop
// expect `take 1 mid 2 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 1 mid 2 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 1 mid 2 drop` => w19- w2x s20 b1=30 end drop
// expect `take 1 mid 3 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 1 mid 3 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 1 mid 3 drop` => w19- w2x s20 b1=30 end drop
// expect `take 2 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 2 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 2 drop` => w19- w2x s20 b1=30 end drop
// expect `take 2 mid 1 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 2 mid 1 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 2 mid 1 drop` => w19- w2x s20 b1=30 end drop
// expect `take 2 mid 2 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 2 mid 2 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 2 mid 2 drop` => w19- w2x s20 b1=30 end drop
// expect `take 2 mid 3 close` => w19- w2x s20 b1=30 end close=Ok
// expect `take 2 mid 3 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 2 mid 3 drop` => w19- w2x s20 b1=30 end drop
// expect `take 8 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 6 mid 4 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 3 cancel` => w19- w2x s20 b1=30 end cancel=Ok
// expect `take 4 mid 5 close` => w19- w2x s20 b1=30 end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    let b1: u32 = 'l1: {
        tokio::select! {
            biased;
            _ = W::new(&ctx, 2, 1) => {
                if ctx.ch(3, 0b1, 3) {
                    W::new(&ctx, 4, 1).await;
                    yield_!(Ok(5));
                    yield_!(Ok(6));
                } else {
                    ctx.check(7, 0b0, 1)?;
                }
                tokio::select! {
                    _ = W::new(&ctx, 8, 0) => {
                        ctx.check(9, 0b111, 4)?;
                    }
                    _ = W::new(&ctx, 10, 1) => {
                        yield_!(Ok(11));
                        ctx.check(12, 0b11, 3)?;
                        tokio::try_join!(W::new(&ctx, 13, 3).ok(), async { W::new(&ctx, 14, 1).await; ctx.log("j14"); Err::<(), u32>(14) }, W::new(&ctx, 15, 2).ok())?;
                        ctx.log("s16");
                        return;
                    }
                    else => {
                        W::new(&ctx, 17, 0).await;
                    }
                }
                ctx.check(18, 0b1000, 4)?;
            }
            _ = W::new(&ctx, 19, 0) => {
                ctx.log("s20");
            }
        }
        30
    };
    ctx.log(format!("b1={b1}"));
}
