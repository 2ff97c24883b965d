// finding: F1-return-in-select-try-mode
// seed: 1000273
// expect `drain` => w1- w6x item Ok(2) item Ok(3) item Err(4) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => w1- w6x item Ok(2) close=Ok
// expect `take 0 mid 1 cancel` => w1- w6x item Ok(2) cancel=Ok
// expect `take 0 mid 1 drop` => w1- w6x item Ok(2) drop
// expect `take 0 mid 2 close` => w1- w6x item Ok(2) close=Ok
// expect `take 0 mid 2 cancel` => w1- w6x item Ok(2) cancel=Ok
// expect `take 0 mid 2 drop` => w1- w6x item Ok(2) drop
// expect `take 0 mid 3 close` => w1- w6x item Ok(2) close=Ok
// expect `take 0 mid 3 cancel` => w1- w6x item Ok(2) cancel=Ok
// expect `take 0 mid 3 drop` => w1- w6x item Ok(2) drop
// expect `take 1 close` => w1- w6x item Ok(2) close=Ok
// expect `take 1 cancel` => w1- w6x item Ok(2) cancel=Ok
// expect `take 1 drop` => w1- w6x item Ok(2) drop
// expect `take 1 mid 1 close` => w1- w6x item Ok(2) item Ok(3) close=Ok
// expect `take 1 mid 1 cancel` => w1- w6x item Ok(2) item Ok(3) cancel=Ok
// expect `take 1 mid 1 drop` => w1- w6x item Ok(2) item Ok(3) drop
// expect `take 1 mid 2 close` => w1- w6x item Ok(2) item Ok(3) close=Ok
// expect `take 1 mid 2 cancel` => w1- w6x item Ok(2) item Ok(3) cancel=Ok
// expect `take 1 mid 2 drop` => w1- w6x item Ok(2) item Ok(3) drop
// expect `take 1 mid 3 close` => w1- w6x item Ok(2) item Ok(3) close=Ok
// expect `take 1 mid 3 cancel` => w1- w6x item Ok(2) item Ok(3) cancel=Ok
// expect `take 1 mid 3 drop` => w1- w6x item Ok(2) item Ok(3) drop
// expect `take 2 close` => w1- w6x item Ok(2) item Ok(3) close=Ok
// expect `take 2 cancel` => w1- w6x item Ok(2) item Ok(3) cancel=Ok
// expect `take 2 drop` => w1- w6x item Ok(2) item Ok(3) drop
// expect `take 2 mid 1 close` => w1- w6x item Ok(2) item Ok(3) item Err(4) close=Ok
// expect `take 2 mid 1 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) cancel=Ok
// expect `take 2 mid 1 drop` => w1- w6x item Ok(2) item Ok(3) item Err(4) drop
// expect `take 2 mid 2 close` => w1- w6x item Ok(2) item Ok(3) item Err(4) close=Ok
// expect `take 2 mid 2 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) cancel=Ok
// expect `take 2 mid 2 drop` => w1- w6x item Ok(2) item Ok(3) item Err(4) drop
// expect `take 2 mid 3 close` => w1- w6x item Ok(2) item Ok(3) item Err(4) close=Ok
// expect `take 2 mid 3 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) cancel=Ok
// expect `take 2 mid 3 drop` => w1- w6x item Ok(2) item Ok(3) item Err(4) drop
// expect `take 8 mid 1 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) end cancel=Ok
// expect `take 3 mid 1 close` => w1- w6x item Ok(2) item Ok(3) item Err(4) end close=Ok
// expect `take 3 mid 4 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) end cancel=Ok
// expect `take 7 mid 2 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 0) => {
            yield_!(Ok(2));
            yield_!(Ok(3));
            ctx.check(4, 0b111, 3)?;
            W::new(&ctx, 5, 0).await;
        }
        _ = W::new(&ctx, 6, 2) => {
            'l7: for _ in 0..1 {
                yield_!(Ok(8));
            }
            return;
        }
    }
    let mut c9 = 0;
    'l9: while c9 < 3 {
        c9 += 1;
        ctx.log("s10");
        W::new(&ctx, 11, 3).await;
    }
    let b12: u32 = 'l12: {
        W::new(&ctx, 13, 2).await;
        yield_!(Ok(14));
        ctx.check(15, 0b100, 4)?;
        23
    };
    ctx.log(format!("b12={b12}"));
    W::new(&ctx, 16, 2).await;
}
